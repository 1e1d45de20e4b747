import Foundation
import MarkdownRender

/// Turns a brief's endnotes into footnotes for print: at each note's first
/// reference the note itself goes inline as `<span class="footnote">`, which the print
/// stylesheet floats to the foot of the page (`float: footnote; footnote-policy: line`);
/// a later reference to the same note prints only its number, linked to the note.
enum PrintFootnotes {
    static let referenceOpen = "<sup class=\"footnote-ref\">"
    /// U+2060 WORD JOINER: without it WeasyPrint may break the line between a word and its
    /// note number, leaving the number alone at the start of the next line.
    static let joiner = "\u{2060}"

    static func inline(_ body: String, notes: [RenderedNote]) -> String {
        var byReference: [String: (note: RenderedNote, first: Bool)] = [:]
        for note in notes {
            for (k, id) in note.referenceIDs.enumerated() { byReference[id] = (note, k == 0) }
        }
        var result = ""
        var rest = body[...]
        while let open = rest.range(of: referenceOpen), let close = rest.range(of: "</sup>", range: open.upperBound..<rest.endIndex) {
            result += rest[..<open.lowerBound]
            let reference = rest[open.lowerBound..<close.upperBound]
            if let id = attribute("id", in: reference), let (note, first) = byReference[id] {
                result += joiner + (first ? footnote(note) : repeatedCall(note))
            } else {
                result += reference
            }
            rest = rest[close.upperBound...]
        }
        return result + rest
    }

    /// The counter is set explicitly so the number printed is the note's number on the web
    /// page, whatever order WeasyPrint meets the notes in.
    static func footnote(_ note: RenderedNote) -> String {
        "<span class=\"footnote\" id=\"\(note.id)\" style=\"counter-set: footnote \(note.number - 1)\">"
            + inlineHTML(note.html) + "</span>"
    }

    static func repeatedCall(_ note: RenderedNote) -> String {
        "<sup class=\"footnote-again\"><a href=\"#\(note.id)\">\(note.number)</a></sup>"
    }

    /// A note's blocks as spans: inside a paragraph, a `<p>` or `<ul>` would end the paragraph
    /// (HTML parsing rules) and pull the note out of the text. Classes keep the block's name
    /// (`fn-p`, `fn-ul`, …) so the print stylesheet can lay them out.
    static func inlineHTML(_ html: String) -> String {
        // The usual note, one paragraph, needs no wrapper at all.
        if html.hasPrefix("<p>"), html.hasSuffix("</p>"), html.components(separatedBy: "<p>").count == 2 {
            return String(html.dropFirst(3).dropLast(4))
        }
        let pattern = #"<(/?)(p|ul|ol|li|blockquote|pre|table|thead|tbody|tfoot|tr|th|td|h[1-6]|div|hr)(\s[^>]*?)?\s*(/?)>"#
        guard let regex = try? NSRegularExpression(pattern: pattern, options: [.caseInsensitive]) else { return html }
        var result = ""
        var last = html.startIndex
        for match in regex.matches(in: html, range: NSRange(html.startIndex..., in: html)) {
            guard let whole = Range(match.range, in: html) else { continue }
            result += html[last..<whole.lowerBound]
            let group = { (i: Int) -> String in Range(match.range(at: i), in: html).map { String(html[$0]) } ?? "" }
            let name = group(2).lowercased()
            if group(1) == "/" {
                result += "</span>"
            } else {
                result += "<span class=\"fn-\(name)\"\(group(3))>" + (group(4) == "/" || name == "hr" ? "</span>" : "")
            }
            last = whole.upperBound
        }
        return (result + html[last...]).trimmingCharacters(in: .whitespacesAndNewlines)
    }

    /// The value of `name="…"` in a tag.
    static func attribute(_ name: String, in tag: Substring) -> String? {
        guard let start = tag.range(of: " \(name)=\""),
              let end = tag.range(of: "\"", range: start.upperBound..<tag.endIndex) else { return nil }
        return String(tag[start.upperBound..<end.lowerBound])
    }
}
