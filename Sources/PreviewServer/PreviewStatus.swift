import Foundation
import SiteModel

/// What the server knows about the site between rebuilds: the build generation, the errors of
/// the last build (shown over every page until fixed), and whether any build has succeeded.
/// Read by every request, written by the rebuild loop.
final class PreviewStatus: @unchecked Sendable {
    struct Snapshot: Sendable {
        /// Counts successful and failed builds alike; pages carry it to spot a missed reload.
        var generation = 0
        /// Errors of the last build; empty when it succeeded.
        var errors: [Diagnostic] = []
        var hasGoodBuild = false
        /// The site's root path (`/` or `/research/`), from the last good build.
        var basePath = "/"
        /// The last build changed stylesheets only.
        var stylesheetsOnly = false
        /// The overlay HTML for `errors`, rendered once per build.
        var overlayHTML = ""
    }

    private var value = Snapshot()
    private let lock = NSLock()

    var snapshot: Snapshot { lock.withLock { value } }

    func update(_ change: (inout Snapshot) -> Void) -> Snapshot {
        lock.withLock {
            change(&value)
            return value
        }
    }
}
