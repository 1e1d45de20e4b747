import Foundation
import MarkdownRender
import SiteModel

/// Turns a brief's endnotes into footnotes for print: at each note's first
/// reference the note itself goes inline as `<span class="footnote">`, which the print
/// stylesheet floats to the foot of the page (`float: footnote; footnote-policy: line`);
/// a later reference to the same note prints only its number, linked to the note.
enum PrintFootnotes {
    /// U+2060 WORD JOINER: without it WeasyPrint may break the line between a word and its
    /// note number, leaving the number alone at the start of the next line.
    static let joiner = "\u{2060}"

    /// The body with its note references (found in the tree, `BodyMark`) turned into footnotes.
    static func inline(_ rendered: RenderedMarkdown) -> String {
        let notes = MarkedBody.byNumber(rendered.notes)
        return MarkedBody(rendered: rendered).rewrite { mark, bytes, out in
            if case .reference(let number, let use) = mark.kind, let note = notes[number] {
                out += call(note, use: use).utf8
            } else {
                out += bytes
            }
        }.html
    }

    /// What stands in a reference's place: the note itself at its first use, its number after.
    /// `rightToLeft`: the page reads right to left, and a note that starts in Latin script is
    /// marked `dir="ltr"` (WeasyPrint reads no `dir="auto"`).
    static func call(_ note: RenderedNote, use: Int, rightToLeft: Bool = false) -> String {
        joiner + (use == 1 ? footnote(note, rightToLeft: rightToLeft) : repeatedCall(note))
    }

    /// The counter is set explicitly so the number printed is the note's number on the web
    /// page, whatever order WeasyPrint meets the notes in.
    static func footnote(_ note: RenderedNote, rightToLeft: Bool = false) -> String {
        let ltr = rightToLeft && TextDirection.firstStrong(inHTML: note.html) == .ltr
        return "<span class=\"footnote\" id=\"\(note.id)\"\(ltr ? " dir=\"ltr\"" : "") style=\"counter-set: footnote \(note.number - 1)\">"
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
}
