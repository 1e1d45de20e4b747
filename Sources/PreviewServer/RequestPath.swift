/// Turns the path of a request into a file below the preview folder, or refuses it. The path
/// is percent-decoded once; anything that could climb out of the folder or name something
/// other than a plain file is refused before the file system is asked: `..` and `.` segments
/// (also written `%2e%2e`), encoded slashes (`%2f`), backslashes (`\`, `%5c`), NUL and other
/// control bytes, and malformed escapes are a bad request; hidden names (`.x`) are not found.
enum RequestPath: Equatable, Sendable {
    /// An output-relative file path, never empty, never starting with `/`.
    case file(String)
    /// The folder exists under this name only with a trailing slash: redirect there.
    case redirect(String)
    case badRequest
    case notFound

    /// `rawPath` is the request target's path (no query), as sent; `basePath` is the site's
    /// root path (`/` or `/research/`), under which the whole site is served.
    static func resolve(_ rawPath: String, basePath: String) -> RequestPath {
        guard rawPath.hasPrefix("/") else { return .badRequest }
        let raw = Array(rawPath.utf8)
        var bytes: [UInt8] = []
        bytes.reserveCapacity(raw.count)
        var i = 0
        while i < raw.count {
            var byte = raw[i]
            if byte == UInt8(ascii: "%") {
                guard i + 2 < raw.count, let high = hexValue(raw[i + 1]), let low = hexValue(raw[i + 2]) else {
                    return .badRequest
                }
                byte = high << 4 | low
                // An encoded slash or backslash would hide a separator from the checks below.
                if byte == UInt8(ascii: "/") || byte == UInt8(ascii: "\\") { return .badRequest }
                i += 3
            } else {
                i += 1
            }
            if byte == UInt8(ascii: "\\") || byte < 0x20 || byte == 0x7f { return .badRequest }
            bytes.append(byte)
        }
        guard let decoded = String(validating: bytes, as: UTF8.self) else { return .badRequest }
        let segments = decoded.split(separator: "/", omittingEmptySubsequences: false).dropFirst()
        if segments.contains(where: { $0 == ".." || $0 == "." }) { return .badRequest }

        let base = basePath.hasSuffix("/") ? basePath : basePath + "/"
        if decoded + "/" == base || decoded == "/" && base != "/" { return .redirect(base) }
        guard decoded.hasPrefix(base) else { return .notFound }
        let inside = decoded.dropFirst(base.count)
        let parts = inside.split(separator: "/", omittingEmptySubsequences: false)
        // Empty segments (`a//b`) are not a path any page links to.
        if parts.dropLast().contains(where: \.isEmpty) { return .notFound }
        if parts.contains(where: { $0.hasPrefix(".") }) { return .notFound }
        if inside.isEmpty || inside.hasSuffix("/") { return .file(inside + "index.html") }
        return .file(String(inside))
    }

    private static func hexValue(_ byte: UInt8) -> UInt8? {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): return byte - UInt8(ascii: "0")
        case UInt8(ascii: "a")...UInt8(ascii: "f"): return byte - UInt8(ascii: "a") + 10
        case UInt8(ascii: "A")...UInt8(ascii: "F"): return byte - UInt8(ascii: "A") + 10
        default: return nil
        }
    }
}
