/// An old address of a page (`aliases: [/briefs/old-slug/]`), checked so that the redirect
/// written for it stays inside the output folder: a site path of plain URL characters, no `..`,
/// no scheme, query or fragment.
public enum AliasPath {
    /// The output-relative URL path (`briefs/old-slug/`, `reports/2019.html`), or why not.
    public static func normalise(_ text: String) -> Result<String, AliasProblem> {
        var path = Substring(text)
        if path.contains("://") || path.hasPrefix("//") { return .failure(.notAPath) }
        while path.hasPrefix("/") { path = path.dropFirst() }
        guard !path.isEmpty else { return .failure(.root) }
        if path.contains("?") || path.contains("#") { return .failure(.queryOrFragment) }
        let segments = path.split(separator: "/", omittingEmptySubsequences: false)
        for (i, segment) in segments.enumerated() {
            if segment.isEmpty {
                if i == segments.count - 1 { continue }   // the trailing slash
                return .failure(.emptySegment)
            }
            if segment == "." || segment == ".." { return .failure(.dotSegment) }
            guard isPlain(segment) else { return .failure(.character) }
        }
        // A folder address unless it names a file: `old` and `old/` both mean `old/index.html`.
        let last = segments.last ?? ""
        if last.isEmpty || !last.contains(".") { return .success(path.hasSuffix("/") ? String(path) : path + "/") }
        return .success(String(path))
    }

    /// Letters, digits, `-._~` and percent escapes: what a slug or a file name needs, and
    /// nothing that means something in HTML, a shell or a redirects file.
    static func isPlain(_ segment: Substring) -> Bool {
        let bytes = Array(segment.utf8)
        var i = 0
        while i < bytes.count {
            let c = bytes[i]
            switch c {
            case 0x30...0x39, 0x41...0x5A, 0x61...0x7A, 0x2D, 0x2E, 0x5F, 0x7E: i += 1
            case 0x25:
                guard i + 2 < bytes.count, isHex(bytes[i + 1]), isHex(bytes[i + 2]) else { return false }
                i += 3
            default: return false
            }
        }
        return true
    }

    private static func isHex(_ c: UInt8) -> Bool { (0x30...0x39).contains(c) || (0x41...0x46).contains(c) || (0x61...0x66).contains(c) }
}

public enum AliasProblem: Error, Equatable, CustomStringConvertible {
    case notAPath, root, queryOrFragment, emptySegment, dotSegment, character

    public var description: String {
        switch self {
        case .notAPath: return "is a URL, not a path of this site"
        case .root: return "is the home page"
        case .queryOrFragment: return "has a query or fragment (? or #), which a redirect page cannot match"
        case .emptySegment: return "has an empty part (//)"
        case .dotSegment: return "has a . or .. part"
        case .character: return "may contain only letters, digits, - . _ ~ and %XX escapes between its slashes"
        }
    }
}
