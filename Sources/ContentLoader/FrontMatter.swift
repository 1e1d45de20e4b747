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
        // Walk line by line only as far as the closing fence: the body is taken whole.
        var lineStart = text.startIndex
        var lineNumber = 1
        var yamlStart: String.Index? = nil
        var closing: (yamlEnd: String.Index, bodyStart: String.Index, line: Int)? = nil
        while lineStart < text.endIndex {
            let lineEnd = text[lineStart...].firstIndex(of: "\n") ?? text.endIndex
            let line = text[lineStart..<lineEnd].trimmingTrailingSpaces
            let next = lineEnd < text.endIndex ? text.index(after: lineEnd) : lineEnd
            if yamlStart == nil {
                guard line == "---" else {
                    return .failure(.error(
                        "missing-front-matter", "the file does not start with front matter; its first line must be `---`",
                        at: start))
                }
                yamlStart = next
            } else if line == "---" || line == "..." {
                closing = (lineStart, next, lineNumber)
                break
            }
            lineStart = next
            lineNumber += 1
        }
        guard let yamlStart, let closing else {
            return .failure(.error(
                "unterminated-front-matter", "the front matter that starts here is never closed with a `---` line",
                at: start))
        }
        var yaml = String(text[yamlStart..<closing.yamlEnd])
        if yaml.hasSuffix("\n") { yaml.removeLast() }
        let body = String(text[closing.bodyStart...])
        let close = closing.line - 2
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
