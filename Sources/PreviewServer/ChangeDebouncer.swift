import Foundation

/// Gathers changed paths until the files have been quiet for `quiet` (an editor's save is
/// several events: a temporary file written, renamed over the old one, its attributes set),
/// then hands the whole batch over at once. A steady stream of changes is handed over at
/// least every `longest`.
final class ChangeDebouncer: @unchecked Sendable {
    private let quiet: Duration
    private let longest: Duration
    private let deliver: @Sendable (Set<String>) -> Void
    private let queue = DispatchQueue(label: "imprint.debounce")
    private var pending: Set<String> = []
    private var firstAt: ContinuousClock.Instant?
    private var token = 0

    init(quiet: Duration, longest: Duration = .milliseconds(500), deliver: @escaping @Sendable (Set<String>) -> Void) {
        self.quiet = quiet
        self.longest = longest
        self.deliver = deliver
    }

    func add(_ paths: [String]) {
        queue.async { [self] in
            pending.formUnion(paths)
            let now = ContinuousClock.now
            if firstAt == nil { firstAt = now }
            token += 1
            let mine = token
            if now - firstAt! >= longest {
                flush()
                return
            }
            queue.asyncAfter(deadline: .now() + Self.seconds(quiet)) { [self] in
                if token == mine { flush() }
            }
        }
    }

    private func flush() {
        guard !pending.isEmpty else { return }
        let batch = pending
        pending = []
        firstAt = nil
        deliver(batch)
    }

    static func seconds(_ d: Duration) -> Double {
        Double(d.components.seconds) + Double(d.components.attoseconds) / 1e18
    }
}
