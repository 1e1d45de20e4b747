import Foundation

/// A figure: an image alone in its paragraph with a title (`![Losses by year](chart.svg "Figure
/// caption")`) is wrapped in `<figure id="figure-n">`, the title its numbered caption (inline
/// Markdown: a source may be a link), so briefs need no raw HTML for "Figure 1 … Source: …" and
/// text can link to `#figure-1`.
enum FigureMarkup {
    static func id(_ number: Int) -> String { "figure-\(number)" }

    static func open(id: String) -> String { "<figure class=\"figure\" id=\"\(id)\">" }

    static func close(number: Int, captionHTML: String, labels: NoteLabels = .english) -> String {
        let (before, after) = NoteLabels.split(labels.figure)
        return "<figcaption><span class=\"figure-label\">\(FootnoteMarkup.attribute(before))\(number)\(FootnoteMarkup.attribute(after))</span> \(captionHTML)</figcaption>\n</figure>"
    }

    /// A caption rendered as a paragraph, without the paragraph.
    static func inline(_ html: String) -> String {
        var text = Substring(html.trimmingCharacters(in: .whitespacesAndNewlines))
        if text.hasPrefix("<p>"), text.hasSuffix("</p>") { text = text.dropFirst(3).dropLast(4) }
        return String(text)
    }
}
