import ContentLoader
import Foundation
import MarkdownRender
import PDFExport
import SiteModel

/// The pipeline: load → resolve → render → assemble → write (DESIGN §6).
public struct SiteBuild: Sendable {
    public let options: BuildOptions
    /// Decoded files and rendered Markdown kept between builds (`imprint serve`); nil for one build.
    var caches: BuildCaches?

    public init(options: BuildOptions) {
        self.options = options
    }

    /// Sections the generator owns; a plain page may not take their URL.
    static let reservedPageSlugs: Set<String> = [
        "briefs", "people", "centres", "topics", "regions", "types", "archive", "static", "css", "images", "js",
        "feed", "search",
    ]

    /// Everything up to writing: the pages to write, or the diagnostics that stop the build.
    struct Prepared: Sendable {
        var planner: PagePlanner
        var files: FilePlanner
        var folder: SiteFolder
        var site: ResolvedSite
    }

    /// Runs every check without writing anything; with `external`, also asks every external URL.
    public func check(external: ExternalLinkChecker? = nil) -> BuildResult {
        let start = DispatchTime.now()
        var (_, diagnostics) = prepare()
        if let external {
            diagnostics = Self.sorted(diagnostics + external.check(externalLinks()))
        }
        return BuildResult(diagnostics: diagnostics, pageCount: 0, briefCount: 0,
                           seconds: Self.seconds(since: start), wrote: false)
    }

    /// Every well-formed http(s) link in the site's Markdown, with where it is written.
    func externalLinks() -> [ExternalLink] {
        let loaded = SiteLoader(root: options.siteRoot, jobs: options.jobs).load()
        guard let site = loaded.site else { return [] }
        let renderer = MarkdownRenderer(options: MarkdownOptions(allowRawHTML: site.config.allowRawHTML))
        var bodies: [(String, String, Int)] = site.briefs.map { ($0.sourcePath, $0.body, $0.bodyStartLine) }
        bodies += site.people.map { ($0.sourcePath, $0.body, $0.bodyStartLine) }
        bodies += site.centres.map { ($0.sourcePath, $0.body, $0.bodyStartLine) }
        bodies += site.pages.map { ($0.sourcePath, $0.body, $0.bodyStartLine) }
        return bodies.flatMap { (path, body, line) in
            renderer.render(body, file: path, firstLine: line, idPrefix: "x").links.compactMap { link in
                guard case .external(let url) = LinkTarget(link.destination, from: ""),
                      LinkChecker.externalProblem(url) == nil else { return nil }
                return ExternalLink(url: url, location: SourceLocation(file: path, line: link.line, column: link.column))
            }
        }
    }

    /// Builds the site into the output folder, replacing it only when there are no errors.
    /// PDFs that failed are reported and left out; the site is still written with the others.
    public func run() -> BuildResult {
        let start = DispatchTime.now()
        // Making PDFs is its own cached step, and serve keeps its own caches.
        let cache = options.pdf == nil && caches == nil ? BuildCache(options: options) : nil
        if let manifest = cache?.current() {
            return BuildResult(diagnostics: manifest.diagnostics, pageCount: manifest.pageCount,
                               briefCount: manifest.briefCount, seconds: Self.seconds(since: start), wrote: true,
                               upToDate: true)
        }
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
            let (pages, postDiagnostics) = try write(prepared)
            diagnostics = Self.sorted(diagnostics + postDiagnostics)
            // A search index that could not be made (Pagefind missing or failing) is not a state
            // to repeat: the next build tries again.
            if postDiagnostics.isEmpty {
                cache?.record(pageCount: pages, briefCount: prepared.site.briefs.count, diagnostics: diagnostics)
            }
            return BuildResult(diagnostics: diagnostics, pageCount: pages, briefCount: prepared.site.briefs.count,
                               seconds: Self.seconds(since: start), wrote: true, pdf: report)
        } catch {
            diagnostics.append(.error("write-failed", "\(error)", at: SourceLocation(file: options.output.path)))
            return BuildResult(diagnostics: diagnostics, pageCount: 0, briefCount: 0,
                               seconds: Self.seconds(since: start), wrote: false, pdf: report)
        }
    }

    func printPlanner(_ prepared: Prepared) -> PrintPlanner {
        PrintPlanner(site: prepared.site, models: prepared.planner.models, templates: prepared.planner.templates!,
                     files: PrintFiles(folder: prepared.folder, themeStatic: Theme.directory?.appendingPathComponent("static")))
    }

    func prepare() -> (Prepared?, [Diagnostic]) {
        let loader = SiteLoader(root: options.siteRoot, jobs: options.jobs, cache: caches?.load)
        var timer = PhaseTimer()
        var loaded = loader.load()
        timer.mark("load")
        var diagnostics = loaded.diagnostics
        let (templates, templateDiagnostics) = caches?.templates.load(themeDirectory: Theme.directory, site: loader.folder)
            ?? TemplateSet.load(themeDirectory: Theme.directory, site: loader.folder)
        diagnostics += templateDiagnostics
        guard var site = loaded.site else { return (nil, Self.sorted(diagnostics)) }
        loaded.site = nil
        if let baseURL = options.baseURL { site.config.baseURL = baseURL.hasSuffix("/") ? baseURL : baseURL + "/" }

        for page in site.pages where Self.reservedPageSlugs.contains(page.slug) {
            diagnostics.append(.error("reserved-slug",
                "the page slug `\(page.slug)` would replace the generated /\(page.slug)/ section; rename the file",
                at: SourceLocation(file: page.sourcePath)))
        }
        let sources = BriefSources(taking: &site)
        let probe = ContentFolderProbe(folder: loader.folder, themeStatic: Theme.directory?.appendingPathComponent("static"))
        let (resolved, resolveDiagnostics) = SiteResolver(site: site, includeDrafts: options.includeDrafts, folder: probe).resolve()
        diagnostics += resolveDiagnostics

        let scheme = URLScheme(baseURL: site.config.baseURL)
        timer.mark("resolve")
        let (content, checkedBriefs, renderDiagnostics) = renderContent(site: site, resolved: resolved, sources: sources,
                                                                        rootPath: scheme.basePath)
        timer.mark("markdown")
        diagnostics += renderDiagnostics
        diagnostics += ContentChecks(site: site).run()
        timer.mark("content")

        let allDates = site.briefs.flatMap { [$0.date] + ($0.updated.map { [$0] } ?? []) }
        let models = PageModels(
            site: resolved, content: content, scheme: scheme,
            dates: DateFormatting(dates: allDates, pattern: site.config.dateFormat, language: site.config.language),
            images: measureImages(site: resolved, folder: loader.folder, content: content, basePath: scheme.basePath))
        timer.mark("models")
        var planner = PagePlanner(site: resolved, models: models, templates: templates)
        planner.models.shared = planner.makeShared(jobs: options.jobs)
        timer.mark("cards")
        let prepared = Prepared(planner: planner, files: FilePlanner(pages: planner),
                                folder: loader.folder, site: resolved)
        diagnostics += checkLinks(prepared, site: site, content: content, checkedBriefs: checkedBriefs)
        timer.mark("links")
        return (templates == nil ? nil : prepared, Self.sorted(diagnostics))
    }

    /// Every file the build will write and the ids on each page, before anything is written.
    func inventory(_ prepared: Prepared, site: Site, content: RenderedContent) -> OutputInventory {
        var files = Set(prepared.planner.jobs().map(prepared.planner.path))
        files.formUnion(staticFiles(prepared).map(\.target))
        files.formUnion(prepared.files.jobs().map(prepared.files.path))
        var anchors: [String: Set<String>] = [:]
        for path in files where path.hasSuffix(".html") { anchors[path] = PageModels.reservedIDs }
        for (index, brief) in prepared.site.briefs.enumerated() {
            anchors[URLScheme.file(URLScheme.brief(brief.slug)), default: []].formUnion(content.briefs[index].anchorIDs)
        }
        for (id, rendered) in content.people { anchors[URLScheme.file(URLScheme.person(id)), default: []].formUnion(rendered.anchorIDs) }
        for (id, rendered) in content.centres { anchors[URLScheme.file(URLScheme.centre(id)), default: []].formUnion(rendered.anchorIDs) }
        for (slug, rendered) in content.pages { anchors[URLScheme.file(URLScheme.page(slug)), default: []].formUnion(rendered.anchorIDs) }
        let drafts = options.includeDrafts ? [] : site.briefs.filter(\.draft).map { URLScheme.brief($0.slug) }
        return OutputInventory(files: files, anchors: anchors, draftFolders: Set(drafts))
    }

    /// Links in every body, checked against the inventory. A draft's links only warn, like
    /// its other problems, when the draft is not built.
    func checkLinks(_ prepared: Prepared, site: Site, content: RenderedContent,
                    checkedBriefs: [(Brief, RenderedMarkdown)]) -> [Diagnostic] {
        let (outputs, unchanged) = caches?.inventory.inventory(self, prepared, site: site, content: content)
            ?? (inventory(prepared, site: site, content: content), false)
        let checker = LinkChecker(inventory: outputs)
        let memo = caches?.links
        memo?.begin(outputs, unchanged: unchanged)
        @Sendable func check(_ links: [MarkdownLink], onPage page: String, file: String) -> [Diagnostic] {
            memo?.check(links, onPage: page, file: file) { checker.check(links, onPage: page, file: file) }
                ?? checker.check(links, onPage: page, file: file)
        }
        let demoteDrafts = !options.includeDrafts
        // Briefs in parallel (the memo locks); results keep the briefs' order.
        var diagnostics: [Diagnostic] = checkedBriefs.concurrentMap(jobs: options.jobs) { brief, rendered in
            var found = check(rendered.links, onPage: URLScheme.brief(brief.slug), file: brief.sourcePath)
            if brief.draft && demoteDrafts { SiteResolver.demote(&found, from: 0) }
            return found
        }.flatMap { $0 }
        for person in site.people {
            diagnostics += check(content.people[person.id]?.links ?? [], onPage: URLScheme.person(person.id), file: person.sourcePath)
        }
        for centre in site.centres {
            diagnostics += check(content.centres[centre.id]?.links ?? [], onPage: URLScheme.centre(centre.id), file: centre.sourcePath)
        }
        for page in site.pages {
            diagnostics += check(content.pages[page.slug]?.links ?? [], onPage: URLScheme.page(page.slug), file: page.sourcePath)
        }
        return diagnostics
    }

    /// Renders every Markdown body once, briefs in parallel. Drafts are checked even when they
    /// are not built, but their problems only warn then, so a draft never blocks a release.
    func renderContent(site: Site, resolved: ResolvedSite, sources: BriefSources, rootPath: String)
        -> (RenderedContent, [(Brief, RenderedMarkdown)], [Diagnostic]) {
        let renderer = MarkdownRenderer(options: MarkdownOptions(allowRawHTML: site.config.allowRawHTML, rootPath: rootPath))
        let cache = caches?.markdown
        let render: @Sendable (String, String, Int, String) -> RenderedMarkdown = { body, file, line, prefix in
            cache?.render(renderer, body, file: file, firstLine: line, idPrefix: prefix, reservedIDs: PageModels.reservedIDs)
                ?? renderer.render(body, file: file, firstLine: line, idPrefix: prefix, reservedIDs: PageModels.reservedIDs)
        }
        let checked = site.briefs + site.invalidBriefs
        let rendered = Array(checked.indices).concurrentMap(jobs: options.jobs) { i in
            render(sources.take(i), checked[i].sourcePath, checked[i].bodyStartLine, PageModels.idPrefix(checked[i].slug))
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
                let out = render(body(item), path(item), line(item), id(item))
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
        return (content, Array(zip(checked, rendered)), diagnostics)
    }

    /// Renders every page and file (feeds, sitemap, citations) in parallel into the staging
    /// folder, copies static files, bundle images and PDFs, indexes the staging folder for search
    /// when enabled, then swaps it in. Returns the number of pages and the warnings of the post steps.
    func write(_ prepared: Prepared) throws -> (Int, [Diagnostic]) {
        let writer = try OutputWriter(output: options.output, siteRoot: options.siteRoot)
        try writer.prepare()
        do {
            var timer = PhaseTimer()
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
            let files = prepared.files
            let fileFailures = files.jobs().concurrentMap(jobs: options.jobs) { job -> String? in
                let (path, data) = files.render(job)
                do { try writer.write(path, data); return nil } catch { return "\(error)" }
            }
            if let failure = (failures + fileFailures).compactMap({ $0 }).first { throw OutputWriter.Failure.io(failure) }
            timer.mark("pages")
            let post = prepared.site.config.searchEnabled ? indexForSearch(writer.staging) : []
            timer.mark("search")
            try writer.commit()
            timer.mark("swap")
            return (jobs.count, post)
        } catch {
            writer.discard()
            throw error
        }
    }

    /// Runs Pagefind over the staging folder, before the swap, so the new site and its index
    /// arrive together. A missing or failing Pagefind is a warning: the site is still built.
    func indexForSearch(_ staging: URL) -> [Diagnostic] {
        let at = SourceLocation(file: "site.yaml")
        // Note numbers would read as stray digits in result excerpts.
        switch options.pagefind.index(site: staging, excludeSelectors: ["sup.footnote-ref"]) {
        case .indexed: return []
        case .missing(let message): return [.warning("search-unavailable", message, at: at)]
        case .failed(let message):
            return [.warning("search-failed", "Pagefind failed, so the site has no search index: \(message)", at: at)]
        }
    }

    /// A file copied verbatim into the output.
    struct StaticFile: Sendable {
        var source: URL
        var target: String
    }

    /// The sizes of the images pages show (hero images and images in bodies), read from the
    /// files that will be copied, so templates and bodies can give every `<img>` its size.
    func measureImages(site: ResolvedSite, folder: SiteFolder, content: RenderedContent, basePath: String) -> ImageDimensions {
        let finder = ImageDimensions(sizes: [:], basePath: basePath)
        var wanted = Set(site.heroImages.values)
        for (index, brief) in site.briefs.enumerated() where index < content.briefs.count {
            wanted.formUnion(finder.imagePaths(in: content.briefs[index].html, pagePath: URLScheme.brief(brief.slug)))
        }
        for (id, rendered) in content.people { wanted.formUnion(finder.imagePaths(in: rendered.html, pagePath: URLScheme.person(id))) }
        for (id, rendered) in content.centres { wanted.formUnion(finder.imagePaths(in: rendered.html, pagePath: URLScheme.centre(id))) }
        for (slug, rendered) in content.pages { wanted.formUnion(finder.imagePaths(in: rendered.html, pagePath: URLScheme.page(slug))) }
        var sources: [String: URL] = [:]
        for file in staticFiles(folder: folder, site: site) where wanted.contains(file.target) { sources[file.target] = file.source }
        var sizes: [String: ImageSize] = [:]
        for (target, source) in sources {
            if let size = ImageSize.read(contentsOf: source) { sizes[target] = size }
        }
        return ImageDimensions(sizes: sizes, basePath: basePath)
    }

    func staticFiles(_ prepared: Prepared) -> [StaticFile] {
        staticFiles(folder: prepared.folder, site: prepared.site)
    }

    /// The theme's static files, the site's on top of them, then each bundle's files beside its brief.
    func staticFiles(folder: SiteFolder, site: ResolvedSite) -> [StaticFile] {
        var files: [StaticFile] = []
        if let theme = Theme.directory {
            let themeFolder = SiteFolder(root: theme)
            for path in themeFolder.files(under: "static") {
                files.append(StaticFile(source: themeFolder.url(path), target: String(path.dropFirst("static/".count))))
            }
        }
        for path in folder.files(under: "static") where folder.staysInside(path) {
            files.append(StaticFile(source: folder.url(path), target: String(path.dropFirst("static/".count))))
        }
        for brief in site.briefs {
            guard let bundle = brief.bundleDirectory else { continue }
            for path in folder.files(under: bundle) where !path.hasSuffix(".md") && folder.staysInside(path) {
                files.append(StaticFile(source: folder.url(path), target: URLScheme.brief(brief.slug) + path.dropFirst(bundle.count + 1)))
            }
        }
        return files
    }

    func copyStatic(_ prepared: Prepared, _ writer: OutputWriter) throws {
        for file in staticFiles(prepared) {
            try writer.copy(from: file.source, to: file.target)
        }
    }

    static func sorted(_ diagnostics: [Diagnostic]) -> [Diagnostic] { Diagnostics(diagnostics).sorted }


    static func seconds(since start: DispatchTime) -> Double {
        Double(DispatchTime.now().uptimeNanoseconds - start.uptimeNanoseconds) / 1e9
    }
}
