import SiteModel

/// A file split into its YAML front matter and Markdown body.
public struct FrontMatter: Sendable {
    /// The YAML between the `---` fences.
    public let yaml: String
    /// File line of the YAML's first line (the line after the opening fence).
    public let yamlStartLine: Int
    public let body: String
    /// File line of the body's first line.
    public let bodyStartLine: Int

    /// Splits `text`; a file must start with a `---` line and close the block with `---` or `...`.
    public static func split(_ source: SourceText) -> Result<FrontMatter, Diagnostic> {
        let text = source.text
        let start = SourceLocation(file: source.path, line: 1, column: 1)
        if text.allSatisfy({ $0.isWhitespace }) {
            return .failure(.error("empty-file", "the file is empty; it needs front matter between `---` lines", at: start))
        }
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        guard let first = lines.first, first.trimmingTrailingSpaces == "---" else {
            return .failure(.error(
                "missing-front-matter", "the file does not start with front matter; its first line must be `---`",
                at: start))
        }
        lines.removeFirst()
        guard let close = lines.firstIndex(where: { $0.trimmingTrailingSpaces == "---" || $0.trimmingTrailingSpaces == "..." }) else {
            return .failure(.error(
                "unterminated-front-matter", "the front matter that starts here is never closed with a `---` line",
                at: start))
        }
        let yaml = lines[..<close].joined(separator: "\n")
        let body = lines[(close + 1)...].joined(separator: "\n")
        return .success(FrontMatter(yaml: yaml, yamlStartLine: 2, body: body, bodyStartLine: close + 3))
    }
}

extension Substring {
    fileprivate var trimmingTrailingSpaces: Substring {
        var s = self
        while let last = s.last, last == " " || last == "\t" { s.removeLast() }
        return s
    }
}
