import Foundation
import MarkdownRender
import PDFExport
import SiteModel

/// Renders each brief's print page (`print/brief.mustache`) and the key its PDF is cached by.
struct PrintPlanner: Sendable {
    let models: PageModels
    var site: ResolvedSite { models.site }
    /// The rendered bodies, when they are kept (a build with PDFs).
    let bodies: PageBodies
    let templates: TemplateSet
    let files: PrintFiles

    static let template = "print/brief"

    var hasTemplate: Bool { templates.has(Self.template) }

    /// Published briefs whose `pdf` is not false, by index in `site.briefs`.
    var printable: [Int] { site.briefs.indices.filter { site.briefs[$0].pdf } }

    func jobs(workers: Int) -> [PDFJob] {
        guard hasTemplate else { return [] }
        return printable.concurrentMap(jobs: workers) { job($0) }
    }

    /// The key covers the print page (the brief's text, the template, everything the model
    /// holds) and the bytes of every file it loads (stylesheet, logo, images); the WeasyPrint
    /// version is added by the exporter.
    func job(_ index: Int) -> PDFJob {
        job(index, rendered: bodies.content.briefs[index])
    }

    /// The same from the rendered body (the streamed build).
    func job(_ index: Int, rendered: RenderedMarkdown) -> PDFJob {
        let brief = site.briefs[index]
        let (model, uses) = models.printBrief(index, rendered: rendered, files: files)
        let html = templates.render(Self.template, model)
        let baseURL = Self.baseURL(models.scheme.absolute(URLScheme.brief(brief.slug)))
        var hash = ContentHash()
        // Bump the version when the way Imprint calls WeasyPrint changes.
        hash.update("imprint print page 1\n\(baseURL)\n")
        hash.update(portable(html))
        for file in uses {
            hash.update("\n" + portable(file.absoluteString) + "\n")
            hash.update(FileManager.default.contents(atPath: file.path) ?? Data())
        }
        return PDFJob(slug: brief.slug, sourcePath: brief.sourcePath, html: html,
                      baseURL: baseURL, contentHash: hash.finish())
    }

    /// The brief's web page as a file (`…/briefs/x/index.html`): relative links resolve as on the
    /// web, and a link to the page itself (`…/briefs/x/`) stays a web link. Given the folder URL,
    /// WeasyPrint would take such a link for one inside the PDF, and find no anchor for it.
    static func baseURL(_ pageURL: String) -> String { pageURL + "index.html" }

    /// Text without the folders the site and the theme happen to sit in, so the same site gives
    /// the same key on every machine (PDFs made by CI shards elsewhere stay valid here).
    func portable(_ text: String) -> String {
        var result = text.replacingOccurrences(of: URL(fileURLWithPath: files.folder.root.path, isDirectory: true).absoluteString,
                                               with: "site:/")
        if let theme = files.themeStatic?.deletingLastPathComponent() {
            result = result.replacingOccurrences(of: URL(fileURLWithPath: theme.path, isDirectory: true).absoluteString,
                                                 with: "theme:/")
        }
        return result
    }
}
