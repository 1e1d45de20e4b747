import PDFExport

/// What the plan does not hold: every rendered body, and the PDFs the brief pages link. A page
/// is rendered from the plan (made from front matter alone) and these, so the plan never
/// changes once made, whichever body source filled them.
struct PageBodies: Sendable {
    /// Indexed like `ResolvedSite.briefs`.
    var content: RenderedContent
    /// Published PDFs by brief slug: the brief page links them, and `citation_pdf_url` is given
    /// only for these.
    var pdfs: [String: PDFArtifact] = [:]
}
