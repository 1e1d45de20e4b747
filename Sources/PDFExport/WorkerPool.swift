import Foundation

/// Runs work items on a fixed number of threads. Each item mostly waits for a WeasyPrint
/// process, so these are plain threads: Dispatch's concurrentPerform would cap them at the
/// number of cores whatever `--jobs` asks for.
enum WorkerPool {
    static func run(_ count: Int, workers: Int, _ body: @escaping @Sendable (Int) -> Void) {
        let next = NextIndex()
        let group = DispatchGroup()
        for _ in 0..<max(1, min(workers, count)) {
            group.enter()
            let thread = Thread {
                while let index = next.take(below: count) { body(index) }
                group.leave()
            }
            thread.start()
        }
        group.wait()
    }
}

/// Hands out indexes, one at a time, to whichever thread asks first.
private final class NextIndex: @unchecked Sendable {
    private var value = 0
    private let lock = NSLock()

    func take(below limit: Int) -> Int? {
        lock.withLock {
            guard value < limit else { return nil }
            defer { value += 1 }
            return value
        }
    }
}
