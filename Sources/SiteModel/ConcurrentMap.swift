import Dispatch
import Foundation

/// Which threads a parallel map runs on.
public enum WorkerThreads: Sendable {
    /// Dispatch's, for work that keeps a core busy: at most one per core, whatever `jobs` says.
    case cores
    /// Threads of its own, as many as `jobs`: for work that mostly waits on another program
    /// (WeasyPrint), where more jobs than cores pay off.
    case dedicated
}

extension Array where Element: Sendable {
    /// Maps in parallel over at most `jobs` threads, keeping the order of the input,
    /// so output stays deterministic whatever the number of jobs.
    public func concurrentMap<T: Sendable>(jobs: Int, threads: WorkerThreads = .cores,
                                           _ transform: @Sendable (Element) -> T) -> [T] {
        let workers = Swift.max(1, Swift.min(jobs, count))
        if workers <= 1 { return map(transform) }
        let results = ResultSlots<T>(count: count)
        let next = WorkCounter()
        withoutActuallyEscaping(transform) { transform in
            let work: @Sendable () -> Void = {
                while let index = next.take(below: count) {
                    results.set(index, transform(self[index]))
                }
            }
            switch threads {
            case .cores:
                DispatchQueue.concurrentPerform(iterations: workers) { _ in work() }
            case .dedicated:
                // A finished Thread may keep its block a while: the threads hold the work through
                // a box emptied before returning, so `transform` never outlives this call.
                let box = WorkBox(work)
                let group = DispatchGroup()
                for _ in 0..<workers {
                    group.enter()
                    Thread { box.run(); group.leave() }.start()
                }
                group.wait()
                box.clear()
            }
        }
        return results.values()
    }
}

/// The work of a dedicated-threads map, let go once every thread is done.
private final class WorkBox: @unchecked Sendable {
    private var work: (@Sendable () -> Void)?
    private let lock = NSLock()

    init(_ work: @escaping @Sendable () -> Void) { self.work = work }

    func run() { lock.withLock { work }?() }
    func clear() { lock.withLock { work = nil } }
}

/// Hands out indexes to worker threads, one at a time.
private final class WorkCounter: @unchecked Sendable {
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

/// One slot per input; each index is written by exactly one worker.
private final class ResultSlots<T>: @unchecked Sendable {
    private var slots: [T?]
    private let lock = NSLock()

    init(count: Int) { slots = Array(repeating: nil, count: count) }

    func set(_ index: Int, _ value: T) { lock.withLock { slots[index] = value } }
    func values() -> [T] { lock.withLock { slots.map { $0! } } }
}
