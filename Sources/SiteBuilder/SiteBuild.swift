import ContentLoader
import Foundation
import MarkdownRender
import PDFExport
import SiteModel

/// The pipeline: load → resolve → render → assemble → write (DESIGN §6).
public struct SiteBuild: Sendable {
    public let options: BuildOptions

    public init(options: BuildOptions) {
        self.options = options
    }

    /// Sections the generator owns; a plain page may not take their URL.
    static let reservedPageSlugs: Set<String> = [
        "briefs", "people", "centres", "topics", "regions", "types", "archive", "static", "css", "images",
        "feed", "search",
    ]

    /// Everything up to writing: the pages to write, or the diagnostics that stop the build.
    struct Prepared: Sendable {
        var planner: PagePlanner
        var folder: SiteFolder
        var site: ResolvedSite
    }

    /// Runs every check without writing anything.
    public func check() -> BuildResult {
        let start = DispatchTime.now()
        let (_, diagnostics) = prepare()
        return BuildResult(diagnostics: diagnostics, pageCount: 0, briefCount: 0,
                           seconds: Self.seconds(since: start), wrote: false)
    }

    /// Builds the site into the output folder, replacing it only when there are no errors.
    /// PDFs that failed are reported and left out; the site is still written with the others.
    public func run() -> BuildResult {
        let start = DispatchTime.now()
        var (prepared, diagnostics) = prepare()
        guard var prepared, !diagnostics.contains(where: { $0.severity == .error }) else {
            return BuildResult(diagnostics: diagnostics, pageCount: 0, briefCount: 0,
                               seconds: Self.seconds(since: start), wrote: false)
        }
        let (pdfs, report) = PDFStep(options: options, printer: printPlanner(prepared), settings: prepared.site.config.pdf).run()
        if report?.stoppedBuild == true {
            return BuildResult(diagnostics: diagnostics, pageCount: 0, briefCount: 0,
                               seconds: Self.seconds(since: start), wrote: false, pdf: report)
        }
        prepared.planner.models.pdfs = pdfs
        do {
            let pages = try write(prepared)
            return BuildResult(diagnostics: diagnostics, pageCount: pages, briefCount: prepared.site.briefs.count,
                               seconds: Self.seconds(since: start), wrote: true, pdf: report)
        } catch {
            diagnostics.append(.error("write-failed", "\(error)", at: SourceLocation(file: options.output.path)))
            return BuildResult(diagnostics: diagnostics, pageCount: 0, briefCount: 0,
                               seconds: Self.seconds(since: start), wrote: false, pdf: report)
        }
    }

    func printPlanner(_ prepared: Prepared) -> PrintPlanner {
        PrintPlanner(site: prepared.site, models: prepared.planner.models, templates: prepared.planner.templates,
                     files: PrintFiles(folder: prepared.folder, themeStatic: Theme.directory?.appendingPathComponent("static")))
    }

    func prepare() -> (Prepared?, [Diagnostic]) {
        let loader = SiteLoader(root: options.siteRoot, jobs: options.jobs)
        let loaded = loader.load()
        var diagnostics = loaded.diagnostics
        let (templates, templateDiagnostics) = TemplateSet.load(themeDirectory: Theme.directory, site: loader.folder)
        diagnostics += templateDiagnostics
        guard var site = loaded.site else { return (nil, Self.sorted(diagnostics)) }
        if let baseURL = options.baseURL { site.config.baseURL = baseURL.hasSuffix("/") ? baseURL : baseURL + "/" }

        for page in site.pages where Self.reservedPageSlugs.contains(page.slug) {
            diagnostics.append(.error("reserved-slug",
                "the page slug `\(page.slug)` would replace the generated /\(page.slug)/ section; rename the file",
                at: SourceLocation(file: page.sourcePath)))
        }
        let probe = ContentFolderProbe(folder: loader.folder, themeStatic: Theme.directory?.appendingPathComponent("static"))
        let (resolved, resolveDiagnostics) = SiteResolver(site: site, includeDrafts: options.includeDrafts, folder: probe).resolve()
        diagnostics += resolveDiagnostics

        let (content, renderDiagnostics) = renderContent(site: site, resolved: resolved)
        diagnostics += renderDiagnostics

        guard let templates else { return (nil, Self.sorted(diagnostics)) }
        let allDates = site.briefs.flatMap { [$0.date] + ($0.updated.map { [$0] } ?? []) }
        let models = PageModels(
            site: resolved, content: content, scheme: URLScheme(baseURL: site.config.baseURL),
            dates: DateFormatting(dates: allDates, pattern: site.config.dateFormat, language: site.config.language))
        let planner = PagePlanner(site: resolved, models: models, templates: templates)
        return (Prepared(planner: planner, folder: loader.folder, site: resolved), Self.sorted(diagnostics))
    }

    /// Renders every Markdown body once, briefs in parallel. Drafts are checked even when they
    /// are not built, but their problems only warn then, so a draft never blocks a release.
    func renderContent(site: Site, resolved: ResolvedSite) -> (RenderedContent, [Diagnostic]) {
        let renderer = MarkdownRenderer(options: MarkdownOptions(allowRawHTML: site.config.allowRawHTML))
        let checked = site.briefs + site.invalidBriefs
        let rendered = checked.concurrentMap(jobs: options.jobs) { brief in
            renderer.render(brief.body, file: brief.sourcePath, firstLine: brief.bodyStartLine,
                            idPrefix: PageModels.idPrefix(brief.slug), reservedIDs: PageModels.reservedIDs)
        }
        var diagnostics: [Diagnostic] = []
        var bySlug: [String: RenderedMarkdown] = [:]
        for (brief, output) in zip(checked, rendered) {
            if bySlug[brief.slug] == nil { bySlug[brief.slug] = output }
            if brief.draft && !options.includeDrafts {
                diagnostics += output.diagnostics.map {
                    var d = $0
                    d.severity = .warning
                    d.message += " (in a draft, which is not built)"
                    return d
                }
            } else {
                diagnostics += output.diagnostics
            }
        }
        func renderAll<T>(_ items: [T], id: (T) -> String, path: (T) -> String, body: (T) -> String, line: (T) -> Int)
            -> [String: RenderedMarkdown] {
            var result: [String: RenderedMarkdown] = [:]
            for item in items {
                let out = renderer.render(body(item), file: path(item), firstLine: line(item), idPrefix: id(item),
                                          reservedIDs: PageModels.reservedIDs)
                diagnostics += out.diagnostics
                result[id(item)] = out
            }
            return result
        }
        let content = RenderedContent(
            briefs: resolved.briefs.map { bySlug[$0.slug] ?? RenderedMarkdown() },
            people: renderAll(site.people, id: \.id, path: \.sourcePath, body: \.body, line: \.bodyStartLine),
            centres: renderAll(site.centres, id: \.id, path: \.sourcePath, body: \.body, line: \.bodyStartLine),
            pages: renderAll(site.pages, id: \.slug, path: \.sourcePath, body: \.body, line: \.bodyStartLine))
        return (content, diagnostics)
    }

    /// Renders every page in parallel into the staging folder, copies static files and bundle
    /// images, then swaps the staging folder in. Returns the number of pages.
    func write(_ prepared: Prepared) throws -> Int {
        let writer = try OutputWriter(output: options.output, siteRoot: options.siteRoot)
        try writer.prepare()
        do {
            try copyStatic(prepared, writer)
            for (slug, pdf) in prepared.planner.models.pdfs.sorted(by: { $0.key < $1.key }) {
                try writer.copy(from: pdf.file, to: URLScheme.pdf(slug))
            }
            let jobs = prepared.planner.jobs()
            let planner = prepared.planner
            let failures = jobs.concurrentMap(jobs: options.jobs) { job -> String? in
                let (path, html) = planner.render(job)
                do { try writer.write(path, Data(html.utf8)); return nil } catch { return "\(error)" }
            }
            if let failure = failures.compactMap({ $0 }).first { throw OutputWriter.Failure.io(failure) }
            try writer.commit()
            return jobs.count
        } catch {
            writer.discard()
            throw error
        }
    }

    /// The theme's static files, the site's on top of them, then each bundle's files beside its brief.
    func copyStatic(_ prepared: Prepared, _ writer: OutputWriter) throws {
        if let theme = Theme.directory {
            let themeFolder = SiteFolder(root: theme)
            for path in themeFolder.files(under: "static") {
                try writer.copy(from: themeFolder.url(path), to: String(path.dropFirst("static/".count)))
            }
        }
        let folder = prepared.folder
        for path in folder.files(under: "static") where folder.staysInside(path) {
            try writer.copy(from: folder.url(path), to: String(path.dropFirst("static/".count)))
        }
        for brief in prepared.site.briefs {
            guard let bundle = brief.bundleDirectory else { continue }
            for path in folder.files(under: bundle) where !path.hasSuffix(".md") && folder.staysInside(path) {
                let relative = path.dropFirst(bundle.count + 1)
                try writer.copy(from: folder.url(path), to: URLScheme.brief(brief.slug) + relative)
            }
        }
    }

    static func sorted(_ diagnostics: [Diagnostic]) -> [Diagnostic] { Diagnostics(diagnostics).sorted }

    static func seconds(since start: DispatchTime) -> Double {
        Double(DispatchTime.now().uptimeNanoseconds - start.uptimeNanoseconds) / 1e9
    }
}
