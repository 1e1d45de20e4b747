import MarkdownRender

/// Copies each note into the margin beside the block that cites it. The notes section stays the
/// one place screen readers and narrow screens read notes from (DESIGN §5); the copies are
/// `aria-hidden`, their links out of the tab order, and the theme shows them only on wide screens.
///
/// CSS alone cannot do this: the notes arrive as one list after the text, and no portable CSS
/// can move a list item beside a paragraph elsewhere on the page (anchor positioning cannot
/// keep two nearby notes from overlapping, and not every browser has it).
///
/// Each copy goes just before the top-level block (paragraph, list, table, quotation) that
/// holds the reference, so a floated copy starts level with that block.
enum Sidenotes {
    /// `body` with an `<aside class="sidenote">` before every top-level block that cites a note.
    /// Returns `body` unchanged when it has no notes or its top level cannot be told apart
    /// (only possible with malformed raw HTML).
    static func insert(into body: String, notes: [RenderedNote]) -> String {
        guard !notes.isEmpty, let blocks = topLevelBlocks(body) else { return body }
        var byID: [String: RenderedNote] = [:]
        for note in notes { byID[note.id] = note }
        var out = ""
        out.reserveCapacity(body.utf8.count * 2)
        for block in blocks {
            var seen: Set<Int> = []
            for id in referencedNoteIDs(in: block) {
                guard let note = byID[id], seen.insert(note.number).inserted else { continue }
                out += aside(note)
            }
            out += block
        }
        return out
    }

    static func aside(_ note: RenderedNote) -> String {
        let number = "<span class=\"sidenote-number\">\(note.number)</span> "
        var html = note.html.replacingOccurrences(of: "<a href=", with: "<a tabindex=\"-1\" href=")
        if html.hasPrefix("<p>") {
            html.insert(contentsOf: number, at: html.index(html.startIndex, offsetBy: 3))
        } else {
            html = "<p>" + number + "</p>\n" + html
        }
        return "<aside class=\"sidenote\" aria-hidden=\"true\" data-pagefind-ignore>" + html + "</aside>\n"
    }

    /// The note ids the references in `html` point at, in order (`#<prefix>-fn-3` → `<prefix>-fn-3`).
    static func referencedNoteIDs(in html: Substring) -> [String] {
        var ids: [String] = []
        var rest = html
        let marker = "<sup class=\"footnote-ref\"><a href=\"#"
        while let found = rest.range(of: marker) {
            let tail = rest[found.upperBound...]
            guard let end = tail.firstIndex(of: "\"") else { break }
            ids.append(String(tail[..<end]))
            rest = tail[end...]
        }
        return ids
    }

    static let voidElements: Set<String> = [
        "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr",
    ]

    /// Splits HTML into its top-level pieces (each element with what follows it up to the next
    /// one), or nil when tags do not balance.
    static func topLevelBlocks(_ html: String) -> [Substring]? {
        var blocks: [Substring] = []
        var depth = 0
        var blockStart = html.startIndex
        var i = html.startIndex
        while let open = html[i...].firstIndex(of: "<") {
            if html[open...].hasPrefix("<!--") {
                guard let end = html[open...].range(of: "-->") else { return nil }
                i = end.upperBound
                continue
            }
            guard let close = html[open...].firstIndex(of: ">") else { return nil }
            let tag = html[html.index(after: open)..<close]
            i = html.index(after: close)
            let closing = tag.hasPrefix("/")
            let name = tag.drop { $0 == "/" }.prefix { $0.isLetter || $0.isNumber || $0 == "-" }.lowercased()
            guard !name.isEmpty else { continue }
            if closing {
                depth -= 1
                if depth < 0 { return nil }
            } else if !voidElements.contains(name) && !tag.hasSuffix("/") {
                if depth == 0, open != blockStart {
                    blocks.append(html[blockStart..<open])
                    blockStart = open
                }
                depth += 1
            } else if depth == 0, open != blockStart {
                blocks.append(html[blockStart..<open])
                blockStart = open
            }
            // Raw text elements: their content is not markup.
            if !closing, name == "script" || name == "style" || name == "textarea" {
                guard let end = html[i...].range(of: "</\(name)", options: .caseInsensitive) else { return nil }
                i = end.lowerBound
            }
        }
        guard depth == 0 else { return nil }
        if blockStart < html.endIndex { blocks.append(html[blockStart...]) }
        return blocks
    }
}
