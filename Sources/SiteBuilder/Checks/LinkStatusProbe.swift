import AsyncHTTPClient
import Foundation
import NIOCore
import NIOHTTP1

/// Asks URLs for their HTTP status, a bounded number at once, through AsyncHTTPClient (SwiftNIO
/// and BoringSSL, built into the program: unlike Foundation's URLSession it needs no libcurl on
/// the machine, so the released `imprint` stays one file). Only the status line of the final
/// response (after redirects) is read; the body never is.
struct LinkStatusProbe {
    var timeout: TimeInterval
    var concurrency: Int

    /// Each URL's status, 0 for no answer. HEAD first; servers that refuse HEAD get a GET.
    func statuses(_ urls: [String]) -> [String: Int] {
        let wait = TimeAmount.milliseconds(Int64(max(timeout, 0.001) * 1000))
        let configuration = HTTPClient.Configuration(
            redirectConfiguration: .follow(max: 10, allowCycles: false),
            timeout: .init(connect: wait, read: wait))
        let client = HTTPClient(eventLoopGroup: HTTPClient.defaultEventLoopGroup, configuration: configuration)
        defer { try? client.syncShutdown() }
        let results = Results()
        let slots = DispatchSemaphore(value: max(1, concurrency))
        let group = DispatchGroup()
        for url in urls {
            slots.wait()
            group.enter()
            ask(client, url, .HEAD) { status in
                let finish: @Sendable (Int) -> Void = { status in
                    results.set(url, status)
                    slots.signal()
                    group.leave()
                }
                if [403, 405, 501].contains(status) || status == 0 {
                    ask(client, url, .GET, finish)
                } else {
                    finish(status)
                }
            }
        }
        group.wait()
        return results.all()
    }

    private func ask(_ client: HTTPClient, _ url: String, _ method: HTTPMethod, _ done: @escaping @Sendable (Int) -> Void) {
        guard let request = try? HTTPClient.Request(url: url, method: method, headers: ["User-Agent": "Imprint link checker"]) else {
            done(0)
            return
        }
        let head = StatusOnly()
        client.execute(request: request, delegate: head, deadline: .now() + .milliseconds(Int64(timeout * 2000)))
            .futureResult.whenComplete { _ in done(head.status) }
    }

    /// Records the final response's status and stops the request there.
    private final class StatusOnly: HTTPClientResponseDelegate, @unchecked Sendable {
        typealias Response = Int
        private let lock = NSLock()
        private var seen = 0
        var status: Int { lock.withLock { seen } }

        struct Enough: Error {}

        func didReceiveHead(task: HTTPClient.Task<Int>, _ head: HTTPResponseHead) -> EventLoopFuture<Void> {
            lock.withLock { seen = Int(head.status.code) }
            return task.eventLoop.makeFailedFuture(Enough())
        }

        func didFinishRequest(task: HTTPClient.Task<Int>) throws -> Int { status }
    }

    private final class Results: @unchecked Sendable {
        private var values: [String: Int] = [:]
        private let lock = NSLock()
        func set(_ url: String, _ status: Int) { lock.withLock { values[url] = status } }
        func all() -> [String: Int] { lock.withLock { values } }
    }
}
