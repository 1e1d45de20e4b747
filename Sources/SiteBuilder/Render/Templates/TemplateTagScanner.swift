/// Where a Mustache syntax error is in the template's own text. swift-mustache reports the
/// position its parser had reached, which for an unclosed section is the end of the file and
/// for a mismatched close is past it; the tags themselves say where the mistake is written.
struct TemplateTagScanner {
    struct Tag {
        var kind: Character?
        var name: Substring
        var line: Int
        var column: Int
    }

    let text: String

    /// The opening tag of the innermost section never closed.
    func unclosedSection() -> (line: Int, column: Int)? {
        guard let (open, _) = sections() else { return nil }
        return open.last.map { ($0.line, $0.column) }
    }

    /// The first closing tag whose name is not the section it would close, and that section.
    func mismatchedClose() -> (line: Int, column: Int, name: Substring, opened: Tag)? {
        guard let (open, mismatch) = sections(), let mismatch, let opened = open.last else { return nil }
        return (mismatch.line, mismatch.column, mismatch.name, opened)
    }

    /// The first `{{` with no `}}` before the next `{{` or the end.
    func unfinishedTag() -> (line: Int, column: Int)? {
        var line = 1, column = 1
        var index = text.startIndex
        var open: (Int, Int)? = nil
        while index < text.endIndex {
            let c = text[index]
            let next = text.index(after: index)
            if c == "{", next < text.endIndex, text[next] == "{" {
                if let open { return open }
                open = (line, column)
                index = text.index(after: next)
                column += 2
                continue
            }
            if c == "}", next < text.endIndex, text[next] == "}" { open = nil }
            if c == "\n" || c == "\r\n" { line += 1; column = 1 } else { column += 1 }
            index = next
        }
        return open
    }

    /// The sections still open at the end, and the first mismatched close; nil when the
    /// template changes its delimiters (positions would need its parser).
    private func sections() -> (open: [Tag], mismatch: Tag?)? {
        var stack: [Tag] = []
        for tag in tags() {
            switch tag.kind {
            case "=": return nil
            case "#", "^", "$", "<": stack.append(tag)
            case "/":
                guard let top = stack.last else { return (stack, tag) }
                guard top.name == tag.name else { return (stack, tag) }
                stack.removeLast()
            default: break
            }
        }
        return (stack, nil)
    }

    /// Every `{{…}}` tag with the position of its `{{`.
    private func tags() -> [Tag] {
        var result: [Tag] = []
        var line = 1, column = 1
        var index = text.startIndex
        while index < text.endIndex {
            let c = text[index]
            let next = text.index(after: index)
            if c == "{", next < text.endIndex, text[next] == "{",
               let close = text[next...].range(of: "}}") {
                var inner = text[text.index(after: next)..<close.lowerBound].drop { $0 == " " }
                var kind: Character? = nil
                if let first = inner.first, "#^/$<>!=&{".contains(first) {
                    kind = first
                    inner = inner.dropFirst()
                }
                let name = inner.drop { $0 == " " }.prefix { $0 != " " && $0 != "}" }
                result.append(Tag(kind: kind, name: name, line: line, column: column))
                // Count the lines the tag spans (a comment may run over several).
                for ch in text[index..<close.upperBound] {
                    if ch == "\n" || ch == "\r\n" { line += 1; column = 1 } else { column += 1 }
                }
                index = close.upperBound
                continue
            }
            if c == "\n" || c == "\r\n" { line += 1; column = 1 } else { column += 1 }
            index = next
        }
        return result
    }
}
