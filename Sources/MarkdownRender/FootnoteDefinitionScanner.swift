/// Finds footnote definitions (`[^label]:`) in the source, because cmark-gfm silently
/// drops the ones nobody references and keeps only the first of duplicates.
struct FootnoteDefinitionScanner {
    struct Definition: Hashable {
        var label: String
        var line: Int
        var column: Int
    }

    /// Definitions at the start of a line (up to three spaces in), outside fenced code.
    static func scan(_ markdown: String) -> [Definition] {
        var result: [Definition] = []
        var fence: Substring? = nil
        var lineNumber = 0
        for line in markdown.split(separator: "\n", omittingEmptySubsequences: false) {
            lineNumber += 1
            let trimmed = line.drop { $0 == " " }
            let indent = line.count - trimmed.count
            if indent <= 3, let marker = fenceMarker(trimmed) {
                if let open = fence {
                    if marker.first == open.first, marker.count >= open.count,
                       trimmed.dropFirst(marker.count).allSatisfy({ $0 == " " || $0 == "\t" }) {
                        fence = nil
                    }
                } else {
                    fence = marker
                }
                continue
            }
            guard fence == nil, indent <= 3, trimmed.hasPrefix("[^") else { continue }
            let rest = trimmed.dropFirst(2)
            guard let close = rest.firstIndex(of: "]") else { continue }
            let label = rest[..<close]
            guard !label.isEmpty, !label.contains(where: { $0 == " " || $0 == "\t" }),
                  rest[rest.index(after: close)...].hasPrefix(":") else { continue }
            result.append(Definition(label: String(label), line: lineNumber, column: indent + 1))
        }
        return result
    }

    private static func fenceMarker(_ s: Substring) -> Substring? {
        for ch: Character in ["`", "~"] {
            let run = s.prefix { $0 == ch }
            if run.count >= 3 { return run }
        }
        return nil
    }
}
