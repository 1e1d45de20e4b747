import MarkdownRender

/// A correction's Markdown: HTML for the page and the PDF (links under the site's root, raw HTML
/// as the site allows it), plain text for JSON-LD.
struct CorrectionText {
    let renderer: MarkdownRenderer

    init(_ options: MarkdownOptions) {
        renderer = MarkdownRenderer(options: options)
    }

    func html(_ text: String) -> String {
        renderer.render(text, file: "", idPrefix: "correction").html.trimmingCharacters(in: .whitespacesAndNewlines)
    }

    static func plain(_ text: String) -> String { MarkdownRenderer.plainText(text) }
}
