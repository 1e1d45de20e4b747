import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A deliberately small HTTP/1.1 client for 127.0.0.1, over a plain socket: it sends the
/// request target exactly as given and reads Server-Sent Events as they arrive.
final class LoopbackHTTP {
    struct Failure: Error, CustomStringConvertible { var description: String }

    struct Response {
        var status: Int
        var headers: [String: String]
        var body: String
    }

    private let fd: Int32
    private var buffer: [UInt8] = []

    init(port: Int, timeout: Double = 10) throws {
        fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard fd >= 0 else { throw Failure(description: "socket failed") }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = in_port_t(UInt16(port).bigEndian)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        let connected = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { connect(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
        }
        guard connected == 0 else {
            close(fd)
            throw Failure(description: "cannot connect to 127.0.0.1:\(port): \(String(cString: strerror(errno)))")
        }
        var tv = timeval(tv_sec: Int(timeout), tv_usec: __suseconds_t((timeout - Double(Int(timeout))) * 1e6))
        setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &tv, socklen_t(MemoryLayout<timeval>.size))
    }

    deinit { close(fd) }

    func send(_ method: String, _ target: String) throws {
        let request = "\(method) \(target) HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n"
        let bytes = Array(request.utf8)
        guard Glibc.send(fd, bytes, bytes.count, 0) == bytes.count else { throw Failure(description: "send failed") }
    }

    /// One GET (or other method) on a fresh connection.
    static func request(_ method: String = "GET", port: Int, _ target: String) throws -> Response {
        let client = try LoopbackHTTP(port: port)
        try client.send(method, target)
        let (status, headers) = try client.readHead()
        var body: [UInt8] = []
        if headers["transfer-encoding"] == "chunked" {
            while let chunk = try client.readChunk() { body += chunk }
        } else if let length = headers["content-length"].flatMap(Int.init) {
            body = try client.read(count: length)
        }
        return Response(status: status, headers: headers, body: String(decoding: body, as: UTF8.self))
    }

    /// Opens an event stream; `nextEvent` reads its events one by one.
    static func events(port: Int, _ target: String = "/_imprint/events") throws -> LoopbackHTTP {
        let client = try LoopbackHTTP(port: port)
        try client.send("GET", target)
        let (status, headers) = try client.readHead()
        guard status == 200, headers["content-type"]?.hasPrefix("text/event-stream") == true else {
            throw Failure(description: "not an event stream: \(status) \(headers)")
        }
        return client
    }

    private var eventText = ""

    /// The next `event:`/`data:` message (comments and `retry:` skipped), or nil at the end.
    func nextEvent() throws -> (event: String, data: String)? {
        while true {
            if let range = eventText.range(of: "\n\n") {
                let message = String(eventText[..<range.lowerBound])
                eventText.removeSubrange(..<range.upperBound)
                var event = "message", data: [String] = []
                for line in message.split(separator: "\n") {
                    if line.hasPrefix("event: ") { event = String(line.dropFirst(7)) }
                    if line.hasPrefix("data: ") { data.append(String(line.dropFirst(6))) }
                }
                if !data.isEmpty { return (event, data.joined(separator: "\n")) }
                continue
            }
            guard let chunk = try readChunk() else { return nil }
            eventText += String(decoding: chunk, as: UTF8.self)
        }
    }

    private func fill() throws {
        var temporary = [UInt8](repeating: 0, count: 64 * 1024)
        let n = recv(fd, &temporary, temporary.count, 0)
        if n < 0 { throw Failure(description: "timed out or failed reading: \(String(cString: strerror(errno)))") }
        if n == 0 { throw Failure(description: "connection closed") }
        buffer += temporary[0..<n]
    }

    private func readLine() throws -> String {
        while true {
            if let i = buffer.firstIndex(of: UInt8(ascii: "\n")) {
                let line = String(decoding: buffer[..<i], as: UTF8.self)
                buffer.removeFirst(i + 1)
                return line.hasSuffix("\r") ? String(line.dropLast()) : line
            }
            try fill()
        }
    }

    private func read(count: Int) throws -> [UInt8] {
        while buffer.count < count { try fill() }
        let result = Array(buffer[..<count])
        buffer.removeFirst(count)
        return result
    }

    private func readHead() throws -> (Int, [String: String]) {
        let statusLine = try readLine()
        let parts = statusLine.split(separator: " ")
        guard parts.count >= 2, let status = Int(parts[1]) else { throw Failure(description: "bad status line \(statusLine)") }
        var headers: [String: String] = [:]
        while true {
            let line = try readLine()
            if line.isEmpty { break }
            if let colon = line.firstIndex(of: ":") {
                headers[line[..<colon].lowercased()] = line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)
            }
        }
        return (status, headers)
    }

    /// One chunk of a chunked body, nil after the last.
    private func readChunk() throws -> [UInt8]? {
        guard let size = Int(try readLine().split(separator: ";").first ?? "", radix: 16) else {
            throw Failure(description: "bad chunk size")
        }
        if size == 0 { return nil }
        let data = try read(count: size)
        _ = try readLine()
        return data
    }
}
