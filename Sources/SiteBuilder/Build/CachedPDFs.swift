import Foundation
import MarkdownRender
import PDFExport

/// The PDFs a build without `--pdf` publishes, told brief by brief as the streamed build
/// renders each body: a cached PDF is current when the key of the brief's print page is the
/// one it was made from, whichever WeasyPrint made it (as `PDFStep` does for the whole site).
struct CachedPDFs: Sendable {
    let printer: PrintPlanner
    let cache: PDFCache
    private let printable: Set<Int>

    /// Nil when there is nothing to publish: no cache, or no print template to key pages by.
    init?(printer: PrintPlanner, siteRoot: URL) {
        let cache = PDFCache(siteRoot: siteRoot)
        guard cache.exists, printer.hasTemplate else { return nil }
        self.printer = printer
        self.cache = cache
        printable = Set(printer.printable)
    }

    /// The current PDF of the brief at `index` in `site.briefs`, if any.
    func current(_ index: Int, rendered: RenderedMarkdown) -> PDFArtifact? {
        guard printable.contains(index) else { return nil }
        let job = printer.job(index, rendered: rendered)
        return cache.fresh(job.slug, contentHash: job.contentHash)
    }
}
