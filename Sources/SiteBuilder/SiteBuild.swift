import ContentLoader
import Foundation
import MarkdownRender
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
        "briefs", "people", "centres", "topics", "regions", "types", "archive", "static", "css", "images",
        "feed", "search",
    ]

    /// Everything up to writing: the pages to write, or the diagnostics that stop the build.
    struct Prepared: Sendable {
        var planner: PagePlanner
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
    public func run() -> BuildResult {
        let start = DispatchTime.now()
        var (prepared, diagnostics) = prepare()
        guard let prepared, !diagnostics.contains(where: { $0.severity == .error }) else {
            return BuildResult(diagnostics: diagnostics, pageCount: 0, briefCount: 0,
                               seconds: Self.seconds(since: start), wrote: false)
        }
        do {
            let pages = try write(prepared)
            return BuildResult(diagnostics: diagnostics, pageCount: pages, briefCount: prepared.site.briefs.count,
                               seconds: Self.seconds(since: start), wrote: true)
        } catch {
            diagnostics.append(.error("write-failed", "\(error)", at: SourceLocation(file: options.output.path)))
            return BuildResult(diagnostics: diagnostics, pageCount: 0, briefCount: 0,
                               seconds: Self.seconds(since: start), wrote: false)
        }
    }

    func prepare() -> (Prepared?, [Diagnostic]) {
        let loader = SiteLoader(root: options.siteRoot, jobs: options.jobs, cache: caches?.load)
        var timer = PhaseTimer()
        let loaded = loader.load()
        timer.mark("load")
        var diagnostics = loaded.diagnostics
        let (templates, templateDiagnostics) = caches?.templates.load(themeDirectory: Theme.directory, site: loader.folder)
            ?? TemplateSet.load(themeDirectory: Theme.directory, site: loader.folder)
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

        let scheme = URLScheme(baseURL: site.config.baseURL)
        timer.mark("resolve")
        let (content, checkedBriefs, renderDiagnostics) = renderContent(site: site, resolved: resolved, rootPath: scheme.basePath)
        timer.mark("markdown")
        diagnostics += renderDiagnostics
        diagnostics += ContentChecks(site: site).run()

        let allDates = site.briefs.flatMap { [$0.date] + ($0.updated.map { [$0] } ?? []) }
        let models = PageModels(
            site: resolved, content: content, scheme: scheme,
            dates: DateFormatting(dates: allDates, pattern: site.config.dateFormat, language: site.config.language))
        let planner = PagePlanner(site: resolved, models: models, templates: templates)
        let prepared = Prepared(planner: planner, folder: loader.folder, site: resolved)
        diagnostics += checkLinks(prepared, site: site, content: content, checkedBriefs: checkedBriefs)
        timer.mark("checks")
        return (templates == nil ? nil : prepared, Self.sorted(diagnostics))
    }

    /// Every file the build will write and the ids on each page, before anything is written.
    func inventory(_ prepared: Prepared, site: Site, content: RenderedContent) -> OutputInventory {
        var files = Set(prepared.planner.jobs().map(prepared.planner.path))
        files.formUnion(staticFiles(prepared).map(\.target))
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
        func check(_ links: [MarkdownLink], onPage page: String, file: String) -> [Diagnostic] {
            memo?.check(links, onPage: page, file: file) { checker.check(links, onPage: page, file: file) }
                ?? checker.check(links, onPage: page, file: file)
        }
        var diagnostics: [Diagnostic] = []
        for (brief, rendered) in checkedBriefs {
            var found = check(rendered.links, onPage: URLScheme.brief(brief.slug), file: brief.sourcePath)
            if brief.draft && !options.includeDrafts { SiteResolver.demote(&found, from: 0) }
            diagnostics += found
        }
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
    func renderContent(site: Site, resolved: ResolvedSite, rootPath: String)
        -> (RenderedContent, [(Brief, RenderedMarkdown)], [Diagnostic]) {
        let renderer = MarkdownRenderer(options: MarkdownOptions(allowRawHTML: site.config.allowRawHTML, rootPath: rootPath))
        let cache = caches?.markdown
        let render: @Sendable (String, String, Int, String) -> RenderedMarkdown = { body, file, line, prefix in
            cache?.render(renderer, body, file: file, firstLine: line, idPrefix: prefix, reservedIDs: PageModels.reservedIDs)
                ?? renderer.render(body, file: file, firstLine: line, idPrefix: prefix, reservedIDs: PageModels.reservedIDs)
        }
        let checked = site.briefs + site.invalidBriefs
        let rendered = checked.concurrentMap(jobs: options.jobs) { brief in
            render(brief.body, brief.sourcePath, brief.bodyStartLine, PageModels.idPrefix(brief.slug))
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

    /// Renders every page in parallel into the staging folder, copies static files and bundle
    /// images, then swaps the staging folder in. Returns the number of pages.
    func write(_ prepared: Prepared) throws -> Int {
        let writer = try OutputWriter(output: options.output, siteRoot: options.siteRoot)
        try writer.prepare()
        do {
            var timer = PhaseTimer()
            try copyStatic(prepared, writer)
            let jobs = prepared.planner.jobs()
            let planner = prepared.planner
            let failures = jobs.concurrentMap(jobs: options.jobs) { job -> String? in
                let (path, html) = planner.render(job)
                do { try writer.write(path, Data(html.utf8)); return nil } catch { return "\(error)" }
            }
            if let failure = failures.compactMap({ $0 }).first { throw OutputWriter.Failure.io(failure) }
            timer.mark("pages")
            try writer.commit()
            timer.mark("swap")
            return jobs.count
        } catch {
            writer.discard()
            throw error
        }
    }

    /// A file copied verbatim into the output.
    struct StaticFile: Sendable {
        var source: URL
        var target: String
    }

    /// The theme's static files, the site's on top of them, then each bundle's files beside its brief.
    func staticFiles(_ prepared: Prepared) -> [StaticFile] {
        var files: [StaticFile] = []
        if let theme = Theme.directory {
            let themeFolder = SiteFolder(root: theme)
            for path in themeFolder.files(under: "static") {
                files.append(StaticFile(source: themeFolder.url(path), target: String(path.dropFirst("static/".count))))
            }
        }
        let folder = prepared.folder
        for path in folder.files(under: "static") where folder.staysInside(path) {
            files.append(StaticFile(source: folder.url(path), target: String(path.dropFirst("static/".count))))
        }
        for brief in prepared.site.briefs {
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
