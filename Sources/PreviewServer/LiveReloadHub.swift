import Foundation

/// The Server-Sent Events behind live reload: every open `/_imprint/events` stream gets each
/// build's state, and the current state as soon as it connects. `close()` ends every stream,
/// so that a graceful shutdown does not wait for browsers to hang up.
final class LiveReloadHub: @unchecked Sendable {
    private var streams: [UUID: AsyncStream<String>.Continuation] = [:]
    private var closed = false
    private var latest: String?
    private let lock = NSLock()

    /// A stream of SSE messages, starting with the latest state.
    func subscribe() -> AsyncStream<String> {
        let id = UUID()
        let (stream, continuation) = AsyncStream<String>.makeStream(bufferingPolicy: .bufferingNewest(64))
        continuation.onTermination = { [weak self] _ in
            guard let self else { return }
            _ = self.lock.withLock { self.streams.removeValue(forKey: id) }
        }
        let (isClosed, first): (Bool, String?) = lock.withLock {
            if !closed { streams[id] = continuation }
            return (closed, latest)
        }
        // Tell the browser how soon to reconnect after a restart, then where things stand.
        continuation.yield("retry: 500\n\n")
        if let first { continuation.yield(first) }
        if isClosed { continuation.finish() }
        return stream
    }

    /// Sends `event: build` with this JSON to every stream, and keeps it for new ones.
    func publish(json: String) {
        let message = "event: build\ndata: \(json)\n\n"
        let targets = lock.withLock {
            latest = message
            return Array(streams.values)
        }
        for continuation in targets { continuation.yield(message) }
    }

    /// An SSE comment every few seconds notices browsers that went away.
    func ping() {
        let targets = lock.withLock { Array(streams.values) }
        for continuation in targets { continuation.yield(": ping\n\n") }
    }

    var connectionCount: Int { lock.withLock { streams.count } }

    func close() {
        let targets: [AsyncStream<String>.Continuation] = lock.withLock {
            closed = true
            defer { streams.removeAll() }
            return Array(streams.values)
        }
        for continuation in targets { continuation.finish() }
    }
}
