import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Asks the system whether a TCP port can be bound, before the server tries, so that a port in
/// use is reported clearly, with a free one to use instead. All socket calls live in this file.
enum PortProbe {
    enum Outcome: Equatable {
        /// Free; for port 0, the port the system picked.
        case free(Int)
        case inUse
        case failed(String)
    }

    static func probe(host: String, port: Int) -> Outcome {
        var hints = addrinfo()
        hints.ai_family = AF_UNSPEC
        #if canImport(Glibc)
        hints.ai_socktype = Int32(SOCK_STREAM.rawValue)
        #else
        hints.ai_socktype = SOCK_STREAM
        #endif
        hints.ai_flags = AI_PASSIVE | AI_NUMERICSERV
        var list: UnsafeMutablePointer<addrinfo>?
        let status = getaddrinfo(host, String(port), &hints, &list)
        guard status == 0, let first = list else {
            return .failed("cannot resolve host \(host): \(String(cString: gai_strerror(status)))")
        }
        defer { freeaddrinfo(list) }
        let fd = socket(first.pointee.ai_family, first.pointee.ai_socktype, first.pointee.ai_protocol)
        guard fd >= 0 else { return .failed("socket: \(String(cString: strerror(errno)))") }
        defer { close(fd) }
        // The server binds with SO_REUSEADDR too, so a port in TIME_WAIT counts as free.
        var one: Int32 = 1
        setsockopt(fd, SOL_SOCKET, SO_REUSEADDR, &one, socklen_t(MemoryLayout<Int32>.size))
        guard bind(fd, first.pointee.ai_addr, first.pointee.ai_addrlen) == 0 else {
            if errno == EADDRINUSE { return .inUse }
            return .failed("cannot listen on \(host):\(port): \(String(cString: strerror(errno)))")
        }
        guard listen(fd, 1) == 0 else {
            return errno == EADDRINUSE ? .inUse : .failed("listen: \(String(cString: strerror(errno)))")
        }
        var address = sockaddr_storage()
        var length = socklen_t(MemoryLayout<sockaddr_storage>.size)
        let named = withUnsafeMutablePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { getsockname(fd, $0, &length) }
        }
        guard named == 0 else { return .free(port) }
        let family = Int32(address.ss_family)
        let bound: UInt16 = withUnsafePointer(to: &address) { pointer in
            if family == AF_INET6 {
                return pointer.withMemoryRebound(to: sockaddr_in6.self, capacity: 1) { UInt16(bigEndian: $0.pointee.sin6_port) }
            }
            return pointer.withMemoryRebound(to: sockaddr_in.self, capacity: 1) { UInt16(bigEndian: $0.pointee.sin_port) }
        }
        return .free(Int(bound))
    }

    /// The first free port after `port`, looking at a few dozen.
    static func suggestion(host: String, after port: Int) -> Int? {
        for candidate in (port + 1)...min(port + 50, 65535) {
            if case .free = probe(host: host, port: candidate) { return candidate }
        }
        if case .free(let any) = probe(host: host, port: 0) { return any }
        return nil
    }
}
