import Foundation

/// The fallback watcher: scans the watched folders every `interval` and reports files whose
/// size, modification time or identity changed, appeared or disappeared. Used where inotify
/// is missing (macOS, other systems) or fails (no watches left), and with `--poll`.
final class PollingWatcher: FileWatcher, @unchecked Sendable {
    let root: URL
    let interval: Duration
    private var thread: Thread?
    private let lock = NSLock()
    private var stopped = false

    var mechanism: String { "polling" }

    init(root: URL, interval: Duration = .milliseconds(200)) {
        self.root = root
        self.interval = interval
    }

    func start(_ onChange: @escaping @Sendable ([String]) -> Void) throws {
        let first = WatchedPaths.scan(root)
        let root = self.root
        let seconds = Double(interval.components.seconds) + Double(interval.components.attoseconds) / 1e18
        let thread = Thread { [weak self] in
            var known = first
            while let self, !self.isStopped {
                Thread.sleep(forTimeInterval: seconds)
                let now = WatchedPaths.scan(root)
                var changed: [String] = []
                for (path, snapshot) in now where known[path] != snapshot { changed.append(path) }
                for path in known.keys where now[path] == nil { changed.append(path) }
                known = now
                if !changed.isEmpty && !self.isStopped { onChange(changed.sorted()) }
            }
        }
        thread.name = "imprint-poll"
        self.thread = thread
        thread.start()
    }

    private var isStopped: Bool { lock.withLock { stopped } }

    func stop() {
        lock.withLock { stopped = true }
    }
}
