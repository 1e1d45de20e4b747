import Dispatch
import Foundation

extension Array where Element: Sendable {
    /// Maps in parallel over at most `jobs` threads, keeping the order of the input,
    /// so output stays deterministic whatever the number of jobs.
    public func concurrentMap<T: Sendable>(jobs: Int, _ transform: @Sendable (Element) -> T) -> [T] {
        let workers = Swift.max(1, Swift.min(jobs, count))
        if workers <= 1 { return map(transform) }
        let results = ResultSlots<T>(count: count)
        let next = WorkCounter()
        DispatchQueue.concurrentPerform(iterations: workers) { _ in
            while let index = next.take(below: count) {
                results.set(index, transform(self[index]))
            }
        }
        return results.values()
    }
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
