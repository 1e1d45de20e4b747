import Synchronization
import TemplateEngine

/// The partials that went past the engine's depth limit while pages were rendered, on any
/// thread: the first error for each partial.
final class TemplateDepthLog: Sendable {
    private let errors = Mutex<[String: TemplateDepthError]>([:])

    func record(_ error: TemplateDepthError) {
        errors.withLock { if $0[error.partial] == nil { $0[error.partial] = error } }
    }

    var isEmpty: Bool { errors.withLock { $0.isEmpty } }

    /// What was recorded since the last call (a kept template set serves many builds).
    func take() -> [TemplateDepthError] {
        errors.withLock { errors in
            defer { errors = [:] }
            return Array(errors.values)
        }.sorted { $0.partial < $1.partial }
    }
}
