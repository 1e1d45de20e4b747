import MarkdownRender
import PDFExport

/// What the pipeline keeps of one checked brief once its body is rendered.
struct RenderedBrief: Sendable {
    /// The whole rendered body when bodies are kept (PDFs and serve need them), else its
    /// facts (`RenderedMarkdown.facts`: ids, links, word count), its page already written.
    var rendered: RenderedMarkdown
    /// Why its page could not be written, if it could not.
    var failure: String?
    /// The cached PDFs its pages published.
    var published: [PDFArtifact]
}
