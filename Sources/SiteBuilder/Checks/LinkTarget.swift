import Foundation

/// A link destination taken apart: external URL, same-page anchor or site path.
enum LinkTarget: Equatable {
    case external(String)
    case otherScheme
    case anchor(String)
    /// A site-relative path (no leading slash, `..` resolved) and an optional fragment.
    case site(path: String, fragment: String?)
    /// A relative path that climbs above the site root.
    case outside

    /// - Parameter folder: the output folder of the page the link sits on (`briefs/x/`).
    init(_ destination: String, from folder: String) {
        if destination.hasPrefix("#") {
            self = .anchor(String(destination.dropFirst()).removingPercentEncoding ?? String(destination.dropFirst()))
            return
        }
        if destination.hasPrefix("//") {
            self = .external("https:" + destination)
            return
        }
        if let colon = destination.firstIndex(of: ":"),
           destination[..<colon].allSatisfy({ $0.isLetter || $0.isNumber || "+.-".contains($0) }),
           destination[..<colon].first?.isLetter == true {
            let scheme = destination[..<colon].lowercased()
            self = scheme == "http" || scheme == "https" ? .external(destination) : .otherScheme
            return
        }
        var rest = Substring(destination)
        var fragment: String? = nil
        if let hash = rest.firstIndex(of: "#") {
            fragment = String(rest[rest.index(after: hash)...]).removingPercentEncoding
            rest = rest[..<hash]
        }
        if let query = rest.firstIndex(of: "?") { rest = rest[..<query] }
        let raw = String(rest).removingPercentEncoding ?? String(rest)
        let absolute = raw.hasPrefix("/") ? String(raw.dropFirst()) : folder + raw
        var parts: [Substring] = []
        for part in absolute.split(separator: "/", omittingEmptySubsequences: true) {
            if part == "." { continue }
            if part == ".." {
                if parts.isEmpty { self = .outside; return }
                parts.removeLast()
            } else {
                parts.append(part)
            }
        }
        var path = parts.joined(separator: "/")
        if !path.isEmpty && (absolute.hasSuffix("/") || raw.isEmpty) { path += "/" }
        self = .site(path: path, fragment: fragment?.isEmpty == true ? nil : fragment)
    }
}
