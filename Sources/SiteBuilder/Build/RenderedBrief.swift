import MarkdownRender
import PDFExport

/// What the streamed build keeps of one checked brief once its page is written.
struct StreamedBrief: Sendable {
    /// The body's facts (RenderedMarkdown.facts), for the link checks.
    var facts: RenderedMarkdown
    /// Why its page could not be written, if it could not.
    var failure: String?
    /// The cached PDFs its pages published.
    var published: [PDFArtifact]
}
