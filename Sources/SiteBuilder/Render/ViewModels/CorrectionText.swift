import MarkdownRender

/// A correction's Markdown: HTML for the page and the PDF (links under the site's root, raw HTML
/// as the site allows it), plain text for JSON-LD.
struct CorrectionText {
    let renderer: MarkdownRenderer

    init(_ options: MarkdownOptions) {
        renderer = MarkdownRenderer(options: options)
    }

    /// `number` keeps the ids of one correction's notes apart from another's.
    func html(_ text: String, number: Int) -> String {
        renderer.render(text, file: "", idPrefix: "correction-\(number)").html.trimmingCharacters(in: .whitespacesAndNewlines)
    }

    static func plain(_ text: String) -> String { MarkdownRenderer.plainText(text) }
}
