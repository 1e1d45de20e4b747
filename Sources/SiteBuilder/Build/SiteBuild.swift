import ContentLoader
import Foundation
import MarkdownRender
import PDFExport
import SiteModel

/// The pipeline: load → resolve → render → assemble → write (docs/architecture.md).
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

    /// Runs every check without writing anything (the pipeline with no output end); with
    /// `external`, also asks every external URL the rendered bodies link to.
    public func check(external: ExternalLinkChecker? = nil) -> BuildResult {
        let start = DispatchTime.now()
        var timer = PhaseTimer(verbose: options.verbose)
        let run = pipeline(bodies: .readAgain, streaming: false, timer: &timer)
        var diagnostics = run.diagnostics
        if let external, let prepared = run.prepared {
            var links = externalLinks(run.checkedBriefs, content: prepared.bodies.content, site: prepared.site.site)
            // Every language's bodies (a translation's notes cite their own sources).
            for edition in prepared.editions {
                links += externalLinks(Array(zip(edition.site.briefs, edition.bodies.content.briefs)),
                                       content: edition.bodies.content, site: edition.site.site)
            }
            diagnostics = Self.sorted(diagnostics + external.check(links))
        }
        return BuildResult(diagnostics: diagnostics, pageCount: 0, briefCount: 0,
                           seconds: Self.seconds(since: start), wrote: false,
                           embargoed: options.includeFuture ? [] : run.prepared.map { Embargo.all(in: $0.site.site, options.publication) } ?? [])
    }

    /// Every well-formed http(s) link in the site's Markdown, with where it is written, taken
    /// from the bodies the pipeline rendered.
    func externalLinks(_ briefs: [(Brief, RenderedMarkdown)], content: RenderedContent, site: Site) -> [ExternalLink] {
        var bodies: [(String, [MarkdownLink])] = briefs.map { ($0.0.sourcePath, $0.1.links) }
        bodies += site.people.map { ($0.sourcePath, content.people[$0.id]?.links ?? []) }
        bodies += site.centres.map { ($0.sourcePath, content.centres[$0.id]?.links ?? []) }
        bodies += site.pages.map { ($0.sourcePath, content.pages[$0.slug]?.links ?? []) }
        return bodies.flatMap { (path, links) in
            links.compactMap { link in
                guard case .external(let url) = LinkTarget(link.destination, from: ""),
                      LinkChecker.externalProblem(url) == nil else { return nil }
                return ExternalLink(url: url, location: SourceLocation(file: path, line: link.line, column: link.column))
            }
        }
    }

    /// Builds the site into the output folder, replacing it only when there are no errors
    /// (with `strict`, no warnings either). PDFs that failed are reported and left out; the
    /// site is still written with the others.
    public func run() -> BuildResult {
        run(streaming: streams)
    }

    /// `streaming: false` keeps every body in memory until the pages are written, as a build
    /// with PDFs does; tests build the golden site both ways.
    func run(streaming: Bool) -> BuildResult {
        let start = DispatchTime.now()
        // Making PDFs is its own cached step, and serve keeps its own caches.
        let cache = options.pdf == nil && caches == nil ? BuildCache(options: options) : nil
        // An output that may not be replaced is refused even when nothing changed.
        if let manifest = cache?.current(), !stops(manifest.diagnostics),
           (try? OutputFolderGuard(siteRoot: options.siteRoot).check(options.output, force: options.force)) != nil {
            return BuildResult(diagnostics: manifest.diagnostics, pageCount: manifest.pageCount,
                               briefCount: manifest.briefCount, seconds: Self.seconds(since: start), wrote: true,
                               upToDate: true, embargoed: options.includeFuture ? [] : manifest.embargoed ?? [])
        }
        if streaming { return streamedRun(start: start, cache: cache) }
        var timer = PhaseTimer(verbose: options.verbose)
        let run = pipeline(bodies: .kept, streaming: false, timer: &timer)
        guard var prepared = run.prepared, !stops(run.diagnostics) else { return failed(run.diagnostics, start: start) }
        // PDFs are an input to the brief pages: made (or taken from the cache) before any is written.
        var step = PDFStep(options: options, printer: printPlanner(prepared), settings: prepared.site.config.pdf)
        step.otherSlugs = Set(prepared.editions.flatMap { edition in
            let printer = printPlanner(edition)
            return printer.printable.map { printer.site.briefs[$0].slug }
        })
        var (pdfs, report) = step.run()
        if report?.stoppedBuild != true { makeEditionPDFs(&prepared, report: &report) }
        if report?.stoppedBuild == true { return failed(run.diagnostics, start: start, pdf: report) }
        prepared.bodies.pdfs = pdfs
        do {
            let (pages, postDiagnostics) = try write(prepared)
            return written(prepared, pages: pages, diagnostics: run.diagnostics, postDiagnostics: postDiagnostics,
                           cache: cache, start: start, pdf: report)
        } catch {
            return failed(run.diagnostics + failure(error), start: start, sorting: false, pdf: report)
        }
    }

    /// What every build that wrote its output does last (the kept and the streamed alike): record
    /// where the briefs are and the series numbers given, note the build for the next one's
    /// shortcut, and say what was left out until its release.
    func written(_ prepared: Prepared, pages: Int, diagnostics found: [Diagnostic], postDiagnostics: [Diagnostic],
                 cache: BuildCache?, start: DispatchTime, pdf: PDFReport? = nil) -> BuildResult {
        let diagnostics = Self.sorted(found + postDiagnostics)
        let releases = Embargo.all(in: prepared.site.site, options.publication)
        let numbered = recordAddresses(prepared.site)
        // A search index that could not be made (Pagefind missing or failing) is not a state
        // to repeat: the next build tries again.
        if postDiagnostics.isEmpty {
            // New series numbers changed an input (series-numbers.json): fingerprint it again.
            let current = numbered.isEmpty ? cache : cache.map { _ in BuildCache(options: options) }
            current?.record(pageCount: pages, briefCount: prepared.site.briefs.count, diagnostics: diagnostics, embargoed: releases)
        }
        return BuildResult(diagnostics: diagnostics, pageCount: pages, briefCount: prepared.site.briefs.count,
                           seconds: Self.seconds(since: start), wrote: true, pdf: pdf,
                           embargoed: options.includeFuture ? [] : releases, numbered: numbered)
    }

    /// After a build that published the site (not a preview): where its briefs now are, and the
    /// series numbers it gave (returned, to be told: the file belongs in the sources).
    func recordAddresses(_ site: ResolvedSite) -> [String] {
        guard caches == nil else { return [] }
        AddressRecord.after(site, previous: AddressRecord.load(siteRoot: options.siteRoot)).save(siteRoot: options.siteRoot)
        let before = SeriesNumbers.load(siteRoot: options.siteRoot)
        guard site.seriesNumbers != before, (try? site.seriesNumbers.save(siteRoot: options.siteRoot)) != nil else { return [] }
        return site.briefs.reversed().compactMap { brief in
            guard before.briefs[brief.slug] == nil, let entry = site.seriesNumbers.briefs[brief.slug] else { return nil }
            return "\(brief.sourcePath): \(entry.number)"
        }
    }

    func printPlanner(_ prepared: Prepared) -> PrintPlanner {
        var files = PrintFiles(folder: prepared.folder, themeStatic: Theme.directory?.appendingPathComponent("static"))
        if let maker = options.imageVariants {
            files.printCopy = { @Sendable source in maker.printCopy(of: source) }
        }
        return PrintPlanner(models: prepared.planner.models, bodies: prepared.bodies, templates: prepared.planner.templates!,
                            files: files)
    }

    /// The loaded and resolved site with its templates, the briefs' Markdown still to render.
    struct Loaded {
        var folder: SiteFolder
        var site: Site
        var resolved: ResolvedSite
        var sources: BriefSources
        var templates: TemplateSet?
        var scheme: URLScheme
        /// The files copied as they are, from the one walk of their folders.
        var staticFiles: [StaticFile]
    }

    /// Loads, checks and resolves the site. `keepingBodies: false` leaves each brief's Markdown
    /// in its file until it is rendered (the streamed build).
    func load(keepingBodies: Bool, timer: inout PhaseTimer) -> (Loaded?, [Diagnostic]) {
        options.progress?.begin("Reading the site", total: 0)
        let loader = SiteLoader(root: options.siteRoot, jobs: options.jobs, cache: caches?.load,
                                keepsBriefBodies: keepingBodies)
        var loaded = loader.load()
        timer.mark("load")
        var diagnostics = loaded.diagnostics
        let (templates, templateDiagnostics) = caches?.templates.load(themeDirectory: Theme.directory, site: loader.folder)
            ?? TemplateSet.load(themeDirectory: Theme.directory, site: loader.folder)
        diagnostics += templateDiagnostics
        guard var site = loaded.site else { return (nil, diagnostics) }
        loaded.site = nil
        if let baseURL = options.baseURL {
            let override = baseURL.hasSuffix("/") ? baseURL : baseURL + "/"
            // Another address than the site's own (site.yaml's, which ends in `/`) is a staging
            // copy: search engines must not index it beside (or instead of) the real site.
            if override != site.config.baseURL, !options.allowCrawlers { site.config.crawlable = false }
            site.config.baseURL = override
        }

        let taxonomyFolders = Set(site.config.declaredTaxonomies)
        // Each other language's pages live in its folder (`/ur/`), which nothing else may take.
        let languageFolders = Set(site.config.languages.dropFirst().map(\.code))
        diagnostics += Self.reservedPageSlugProblems(site.pages, taxonomies: taxonomyFolders)
        for page in site.pages where languageFolders.contains(page.slug) {
            diagnostics.append(.error("reserved-slug",
                "the page slug `\(page.slug)` is the folder of the site's `\(page.slug)` pages (site.yaml `languages:`); rename the file",
                at: SourceLocation(file: page.sourcePath)))
        }
        // The folders copied or read whole, walked once for the build. Links out of the site
        // in them are never followed; say so.
        var walked: [String: [String]] = [:]
        for folderPath in ["static", "templates"] + site.briefs.compactMap(\.bundleDirectory) where walked[folderPath] == nil {
            let walk = loader.folder.walk(under: folderPath)
            walked[folderPath] = walk.files
            diagnostics += walk.outside.map(SiteLoader.outsideSiteSkipped)
        }
        let sources = keepingBodies ? BriefSources(taking: &site)
            : BriefSources(reading: site, loader: loader, fingerprints: loaded.briefBodies)
        let probe = ContentFolderProbe(folder: loader.folder, themeStatic: Theme.directory?.appendingPathComponent("static"))
        var (resolved, resolveDiagnostics) = SiteResolver(site: site, publication: options.publication, folder: probe,
                                                          recordedNumbers: SeriesNumbers.load(siteRoot: options.siteRoot)).resolve()
        diagnostics += resolveDiagnostics
        timer.mark("resolve")
        let copied = staticFiles(folder: loader.folder, site: resolved) { [walked, folder = loader.folder] in
            walked[$0] ?? folder.files(under: $0)
        }
        resolved.ownRedirectsFile = copied.contains { $0.target == RedirectsFile.path }
        for code in languageFolders.sorted() {
            if let file = copied.first(where: { $0.target.hasPrefix(code + "/") && !$0.target.hasPrefix("briefs/") }) {
                diagnostics.append(.error("reserved-slug",
                    "static/\(file.target) is in the folder of the site's `\(code)` pages (site.yaml `languages:`); move it",
                    at: SourceLocation(file: "static/" + file.target)))
            }
        }
        if let record = AddressRecord.load(siteRoot: options.siteRoot) {
            let (automatic, warnings) = record.redirects(for: resolved)
            resolved.redirects += automatic
            diagnostics += warnings
        }
        return (Loaded(folder: loader.folder, site: site, resolved: resolved, sources: sources, templates: templates,
                       scheme: URLScheme(baseURL: site.config.baseURL), staticFiles: copied), diagnostics)
    }

    /// The pipeline with every body kept and nothing written: what the preview renders from.
    func prepare() -> (Prepared?, [Diagnostic]) {
        var timer = PhaseTimer(verbose: options.verbose)
        let run = pipeline(bodies: .kept, streaming: false, timer: &timer)
        return (run.prepared, run.diagnostics)
    }

    /// The plan: the page models (with every brief's card, made once) and the planners, made
    /// from front matter before any body is rendered (`content` holds no body yet).
    /// `edition`: another language's pages (DESIGN §7), which share the default's images and
    /// whose site-wide checks the default's already made.
    func assemble(_ loaded: Loaded, content: RenderedContent, timer: inout PhaseTimer,
                  diagnostics: inout [Diagnostic], edition images: ImageDimensions? = nil) -> Prepared {
        if images == nil { diagnostics += ContentChecks(site: loaded.site).run() }
        timer.mark("content")
        let allDates = loaded.site.briefs.flatMap { [$0.date] + ($0.updated.map { [$0] } ?? []) + $0.corrections.map(\.date) }
        let config = loaded.site.config
        let models = PageModels(
            site: loaded.resolved, scheme: loaded.scheme,
            dates: DateFormatting(dates: allDates, pattern: config.dateFormat, language: config.language),
            images: images ?? measureImages(loaded.staticFiles, basePath: loaded.scheme.basePath),
            jobs: options.jobs)
        timer.mark("models")
        var planner = PagePlanner(models: models, templates: loaded.templates)
        planner.models.shared = planner.makeShared(jobs: options.jobs)
        timer.mark("cards")
        return Prepared(planner: planner, sitemap: FilePlanner(pages: planner).sitemap, folder: loaded.folder,
                        staticFiles: loaded.staticFiles, bodies: PageBodies(content: content))
    }

    /// Every file the build will write and the ids on each page, before anything is written.
    func inventory(_ prepared: Prepared, site: Site, content: RenderedContent) -> OutputInventory {
        var files = Set(prepared.planner.jobs().map(prepared.planner.path))
        files.formUnion(prepared.staticFiles.map(\.target))
        files.formUnion(prepared.files.jobs().map(prepared.files.path))
        var anchors: [String: Set<String>] = [:]
        for path in files where path.hasSuffix(".html") { anchors[path] = PageModels.reservedIDs }
        for (index, brief) in prepared.site.briefs.enumerated() {
            anchors[URLScheme.file(URLScheme.brief(brief.slug)), default: []].formUnion(content.briefs[index].anchorIDs)
        }
        for (id, rendered) in content.people { anchors[URLScheme.file(URLScheme.person(id)), default: []].formUnion(rendered.anchorIDs) }
        for (id, rendered) in content.centres { anchors[URLScheme.file(URLScheme.centre(id)), default: []].formUnion(rendered.anchorIDs) }
        for (slug, rendered) in content.pages { anchors[URLScheme.file(URLScheme.page(slug)), default: []].formUnion(rendered.anchorIDs) }
        let publication = options.publication
        let drafts = site.briefs.filter(publication.demotes).map { URLScheme.brief($0.slug) }
        var embargoed: [String: PublishTime] = [:]
        for brief in site.briefs where !publication.demotes(brief) && publication.hides(brief) {
            if let release = publication.embargo(brief) { embargoed[URLScheme.brief(brief.slug)] = release }
        }
        return OutputInventory(files: files, anchors: anchors, draftFolders: Set(drafts), embargoedFolders: embargoed)
    }

    /// Aliases whose redirect would replace a page or file of the build, or another alias:
    /// an error at the alias, so no page is ever lost to a redirect.
    func checkRedirects(_ prepared: Prepared) -> [Diagnostic] {
        let site = prepared.site
        guard !site.redirects.isEmpty else { return [] }
        // Compared without case: on a case-insensitive disk (macOS) `About/` is `about/`.
        var written = Set(prepared.planner.jobs().map(prepared.planner.path))
        for edition in prepared.editions {
            written.formUnion(edition.planner.jobs().map { edition.outputPrefix + edition.planner.path($0) })
        }
        written.formUnion(prepared.staticFiles.map(\.target))
        written.formUnion(prepared.files.jobs().filter { !$0.isRedirect }.map(prepared.files.path))
        if !site.ownRedirectsFile { written.insert(RedirectsFile.path) }
        let taken = Set(written.map { $0.lowercased() })
        var seen: [String: Redirect] = [:]
        var diagnostics: [Diagnostic] = []
        for redirect in site.redirects {
            let shown = prepared.planner.models.scheme.url(redirect.from)
            let file = redirect.file.lowercased()
            // The file itself, or a folder on its way that is a file of the build (`feed.xml/`).
            let parts = file.split(separator: "/")
            let folders = parts.indices.dropLast().map { parts[...$0].joined(separator: "/") }
            if taken.contains(file) || folders.contains(where: taken.contains) {
                diagnostics.append(.error("alias-collision",
                    "alias `\(shown)` is the address of a page or file this build writes; a redirect there would replace it",
                    at: redirect.location))
            } else if let first = seen[file] {
                diagnostics.append(.error("alias-collision",
                    "alias `\(shown)` is also an alias of \(first.location.file) (line \(first.location.line)); one old address can lead to one page",
                    at: redirect.location))
            } else {
                seen[file] = redirect
            }
        }
        return diagnostics
    }

    /// Links in every body, checked against the inventory. A draft's links only warn, like
    /// its other problems, when the draft is not built.
    /// `alsoAt`: for another language's pages, the default's files, which links written from
    /// the root (`/briefs/x/`) lead to; its own are checked as they are (unmemoised).
    func checkLinks(_ prepared: Prepared, site: Site, content: RenderedContent,
                    checkedBriefs: [(Brief, RenderedMarkdown)], alsoAt root: OutputInventory? = nil) -> [Diagnostic] {
        let (outputs, unchanged) = root.map { (inventory(prepared, site: site, content: content).prefixed(prepared.outputPrefix).over($0), false) }
            ?? caches?.inventory.inventory(self, prepared, site: site, content: content)
            ?? (inventory(prepared, site: site, content: content), false)
        let checker = LinkChecker(inventory: outputs)
        let memo = root == nil ? caches?.links : nil
        // Another language's pages are checked where they are written, under its folder.
        let at = root == nil ? "" : prepared.outputPrefix
        memo?.begin(outputs, unchanged: unchanged)
        @Sendable func check(_ links: [MarkdownLink], onPage page: String, file: String) -> [Diagnostic] {
            memo?.check(links, onPage: page, file: file) { checker.check(links, onPage: page, file: file) }
                ?? checker.check(links, onPage: page, file: file)
        }
        let publication = options.publication
        // A brief this build leaves out (embargoed, or a draft) may link to its own headings,
        // notes and bundle files, which it will have once published.
        let unbuilt = checkedBriefs.filter { publication.hides($0.0) }.reduce(into: [String: LinkChecker.UnbuiltPage]()) { pages, entry in
            let (brief, rendered) = entry
            var files: Set<String> = [URLScheme.brief(brief.slug) + "index.html"]
            files.formUnion(bundleFiles(folder: prepared.folder, briefs: [brief]).map(\.target))
            pages[brief.slug] = LinkChecker.UnbuiltPage(files: Set(files.map { at + $0 }),
                                                        anchors: rendered.anchorIDs.union(PageModels.reservedIDs))
        }
        // Briefs in parallel (the memo locks); results keep the briefs' order.
        var diagnostics: [Diagnostic] = checkedBriefs.concurrentMap(jobs: options.jobs) { brief, rendered in
            let page = at + URLScheme.brief(brief.slug)
            let found = unbuilt[brief.slug].map { checker.check(rendered.links, onPage: page, file: brief.sourcePath, unbuilt: $0) }
                ?? check(rendered.links, onPage: page, file: brief.sourcePath)
            return publication.demotes(brief) ? found.map(\.inUnbuiltDraft) : found
        }.flatMap { $0 }
        // Corrections are Markdown too: their dropped HTML and their links, at the correction.
        let corrections = CorrectionText(site.config.markdownOptions(rootPath: prepared.planner.models.scheme.basePath, strings: prepared.site.strings))
        for (brief, _) in checkedBriefs {
            for correction in brief.corrections {
                let rendered = corrections.renderer.render(correction.text, file: brief.sourcePath, idPrefix: "correction")
                // (Ids do not matter here: only the problems and links are kept.)
                var found = rendered.diagnostics + checker.check(rendered.links, onPage: at + URLScheme.brief(brief.slug), file: brief.sourcePath,
                                                                 unbuilt: unbuilt[brief.slug])
                for i in found.indices { found[i].location = correction.location }
                diagnostics += publication.demotes(brief) ? found.map(\.inUnbuiltDraft) : found
            }
        }
        for person in site.people {
            diagnostics += check(content.people[person.id]?.links ?? [], onPage: at + URLScheme.person(person.id), file: person.sourcePath)
        }
        for centre in site.centres {
            diagnostics += check(content.centres[centre.id]?.links ?? [], onPage: at + URLScheme.centre(centre.id), file: centre.sourcePath)
        }
        for page in site.pages {
            diagnostics += check(content.pages[page.slug]?.links ?? [], onPage: at + URLScheme.page(page.slug), file: page.sourcePath)
        }
        // Links from front matter get the body's checks: site.yaml's nav (from the site root;
        // every page shows it) and people's links (from their page).
        func links(_ items: [NavItem]) -> [(NavItem, MarkdownLink)] {
            items.compactMap { item in
                item.location.map { (item, MarkdownLink(destination: item.url, isImage: false, text: item.title, line: $0.line, column: $0.column)) }
            }
        }
        for (item, link) in links(site.config.navigation) {
            diagnostics += checker.check([link], onPage: "", file: item.location?.file ?? "site.yaml")
        }
        for person in site.people {
            diagnostics += checker.check(links(person.links).map(\.1), onPage: at + URLScheme.person(person.id), file: person.sourcePath)
        }
        return diagnostics + checkImages(prepared, site: site, content: content, checkedBriefs: checkedBriefs)
    }

    /// Images with a malformed size, in every body and among the hero images. Not memoised as
    /// the links are: the measurement follows the image file, not the text.
    func checkImages(_ prepared: Prepared, site: Site, content: RenderedContent,
                     checkedBriefs: [(Brief, RenderedMarkdown)]) -> [Diagnostic] {
        let images = ImageChecks(images: prepared.planner.models.images, budget: prepared.site.config.imageBudgetKB * 1024,
                                 makesCopies: options.imageVariants != nil)
        var diagnostics: [Diagnostic] = []
        for (brief, rendered) in checkedBriefs {
            diagnostics += images.check(rendered.links, onPage: URLScheme.brief(brief.slug), file: brief.sourcePath)
        }
        for brief in prepared.site.briefs {
            if let path = prepared.site.heroImages[brief.slug], let image = brief.image {
                diagnostics += images.checkHero(path, image: image)
            }
        }
        for person in site.people {
            diagnostics += images.check(content.people[person.id]?.links ?? [], onPage: URLScheme.person(person.id), file: person.sourcePath)
        }
        for centre in site.centres {
            diagnostics += images.check(content.centres[centre.id]?.links ?? [], onPage: URLScheme.centre(centre.id), file: centre.sourcePath)
        }
        for page in site.pages {
            diagnostics += images.check(content.pages[page.slug]?.links ?? [], onPage: URLScheme.page(page.slug), file: page.sourcePath)
        }
        return diagnostics
    }

    /// Renders one body, through the serve cache when there is one.
    typealias BodyRenderer = @Sendable (_ body: String, _ file: String, _ line: Int, _ idPrefix: String) -> RenderedMarkdown

    func bodyRenderer(_ site: Site, rootPath: String) -> BodyRenderer {
        let renderer = MarkdownRenderer(options: site.config.markdownOptions(rootPath: rootPath, strings: site.interfaceStrings()))
        let cache = caches?.markdown
        return { body, file, line, prefix in
            cache?.render(renderer, body, file: file, firstLine: line, idPrefix: prefix, reservedIDs: PageModels.reservedIDs)
                ?? renderer.render(body, file: file, firstLine: line, idPrefix: prefix, reservedIDs: PageModels.reservedIDs)
        }
    }

    /// The checked brief at `index` of `site.briefs + site.invalidBriefs`, rendered.
    static func renderBrief(_ index: Int, of checked: [Brief], sources: BriefSources, render: BodyRenderer) -> RenderedMarkdown {
        let brief = checked[index]
        switch sources.take(index) {
        case .success(let body):
            return render(body, brief.sourcePath, brief.bodyStartLine, PageModels.idPrefix(brief.slug))
        case .failure(let problem):
            return RenderedMarkdown(diagnostics: [problem.diagnostic(file: brief.sourcePath)])
        }
    }

    /// A brief's body diagnostics as the build reports them. Drafts are checked even when they
    /// are not built, but their problems only warn then, so a draft never blocks a release.
    func diagnostics(of brief: Brief, _ output: RenderedMarkdown) -> [Diagnostic] {
        options.publication.demotes(brief) ? output.diagnostics.map(\.inUnbuiltDraft) : output.diagnostics
    }

    /// The rendered briefs in the order of `resolved.briefs` (the first brief of a slug wins),
    /// with the other bodies, rendered one after another (there are few).
    func content(briefs checked: [(Brief, RenderedMarkdown)], loaded: Loaded, render: BodyRenderer)
        -> (RenderedContent, [Diagnostic]) {
        var diagnostics: [Diagnostic] = []
        for (brief, output) in checked { diagnostics += self.diagnostics(of: brief, output) }
        let first = Self.firstOfEachSlug(checked.map(\.0))
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
        let site = loaded.site
        let content = RenderedContent(
            briefs: loaded.resolved.briefs.map { first[$0.slug].map { checked[$0].1 } ?? RenderedMarkdown() },
            people: renderAll(site.people, id: \.id, path: \.sourcePath, body: \.body, line: \.bodyStartLine),
            centres: renderAll(site.centres, id: \.id, path: \.sourcePath, body: \.body, line: \.bodyStartLine),
            pages: renderAll(site.pages, id: \.slug, path: \.sourcePath, body: \.body, line: \.bodyStartLine))
        return (content, diagnostics)
    }

    /// The index of the first checked brief with each slug: its body is the one a built brief
    /// with that slug shows (a second brief with the slug is an error of its own).
    static func firstOfEachSlug(_ checked: [Brief]) -> [String: Int] {
        var first: [String: Int] = [:]
        for (i, brief) in checked.enumerated() where first[brief.slug] == nil { first[brief.slug] = i }
        return first
    }

    /// Renders every page and file (feeds, sitemap, citations) in parallel into the staging
    /// folder, copies static files, bundle images and PDFs, indexes the staging folder for search
    /// when enabled, then swaps it in. Returns the number of pages and the warnings of the post steps.
    func write(_ prepared: Prepared) throws -> (Int, [Diagnostic]) {
        let writer = try OutputWriter(output: options.output, siteRoot: options.siteRoot, force: options.force)
        try writer.prepare()
        return try write(prepared, into: writer, streamed: false)
    }

    /// Writes everything into the prepared staging folder, then swaps it in; on failure the
    /// staging folder is removed. The streamed build has already copied the static files and
    /// written the brief pages.
    func write(_ prepared: Prepared, into writer: OutputWriter, streamed: Bool) throws -> (Int, [Diagnostic]) {
        do {
            var timer = PhaseTimer(verbose: options.verbose)
            if !streamed { try copyStatic(prepared, writer) }
            for (slug, pdf) in prepared.bodies.pdfs.sorted(by: { $0.key < $1.key }) {
                try writer.copy(from: pdf.file, to: URLScheme.pdf(slug))
            }
            let jobs = prepared.planner.jobs()
            let planner = prepared.planner, bodies = prepared.bodies
            let toWrite = streamed ? jobs.filter { if case .brief = $0 { return false } else { return true } } : jobs
            let files = prepared.files, fileJobs = files.jobs(), progress = options.progress
            progress?.begin("Writing pages", total: toWrite.count + fileJobs.count)
            let failures = toWrite.concurrentMap(jobs: options.jobs) { job -> String? in
                defer { progress?.advance() }
                let (path, html) = planner.render(job, bodies)
                do { try writer.write(path, html); return nil } catch { return "\(error)" }
            }
            let fileFailures = fileJobs.concurrentMap(jobs: options.jobs) { job -> String? in
                defer { progress?.advance() }
                let (path, data) = files.render(job)
                do { try writer.write(path, data); return nil } catch { return "\(error)" }
            }
            if let failure = (failures + fileFailures).compactMap({ $0 }).first { throw OutputWriter.Failure.io(failure) }
            var pageCount = jobs.count
            for edition in prepared.editions { pageCount += try writeEdition(edition, into: writer) }
            timer.mark("pages")
            // Every page has been rendered, so every smaller copy a page offers is known.
            var post = makeImageVariants(prepared, into: writer, timer: &timer)
            try copyVariants(prepared, into: writer)
            if prepared.site.config.searchEnabled { progress?.begin("Indexing for search", total: 0) }
            post += prepared.site.config.searchEnabled ? indexForSearch(writer.staging) : []
            timer.mark("search")
            try prepared.planner.templates?.checkDepth()
            try writer.commit()
            timer.mark("swap")
            return (pageCount, post)
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

    /// The smaller copies of raster images the pages offered, made or taken from the cache
    /// into the staging folder; an image libvips cannot read is a warning at its file.
    func makeImageVariants(_ prepared: Prepared, into writer: OutputWriter, timer: inout PhaseTimer) -> [Diagnostic] {
        let models = prepared.planner.models
        guard let maker = options.imageVariants, let files = models.images.files, files.makesVariants else { return [] }
        let wanted = files.offeredVariants()
        options.progress?.begin("Resizing images", total: 0)
        var outcome = maker.make(wanted, into: writer, jobs: options.jobs)
        let cards = maker.makeCards(prepared.briefsWithMadeCards.map(models.shareCardJob), drawn: models.drawnCard,
                                    into: writer, jobs: options.jobs)
        outcome.failures += cards.failures
        maker.hashes.save()
        timer.mark("images")
        timer.note("\(outcome.made) smaller copies made, \(outcome.reused) from the cache; "
                   + "\(cards.made) share cards made, \(cards.reused) from the cache (libvips, \(options.jobs) at a time)")
        let root = options.siteRoot.standardizedFileURL.path + "/"
        var seen: Set<URL> = []
        return outcome.failures.compactMap { failure in
            guard seen.insert(failure.source).inserted else { return nil }
            let path = failure.source.path.hasPrefix(root) ? String(failure.source.path.dropFirst(root.count)) : failure.source.path
            return .warning("image-unreadable", failure.message,
                            at: SourceLocation(file: path))
        }
    }

    /// A file copied verbatim into the output.
    struct StaticFile: Sendable {
        var source: URL
        var target: String
    }

    /// The sizes of the images pages show (hero images and images in bodies), read from the
    /// files that will be copied when a page first shows one, so templates and bodies can give
    /// every `<img>` its size.
    func measureImages(_ files: [StaticFile], basePath: String) -> ImageDimensions {
        var sources: [String: URL] = [:]
        for file in files { sources[file.target] = file.source }
        // A build makes the copies pages offer after writing them; serve when they are asked for.
        return ImageDimensions(files: ImageFiles(sources: sources, makesVariants: options.imageVariants != nil), basePath: basePath)
    }

    /// The theme's static files, the site's on top of them, then each bundle's files beside its
    /// brief. `files` lists a folder of the site (a fresh walk unless the build already made one).
    func staticFiles(folder: SiteFolder, site: ResolvedSite,
                     walked: ((String) -> [String])? = nil) -> [StaticFile] {
        let files = walked ?? { folder.files(under: $0) }
        var result: [StaticFile] = []
        if let theme = Theme.directory {
            let themeFolder = SiteFolder(root: theme)
            for path in themeFolder.files(under: "static") {
                result.append(StaticFile(source: themeFolder.url(path), target: String(path.dropFirst("static/".count))))
            }
        }
        // The walk lists only files inside the site; a link among them is copied as its target.
        for path in files("static") {
            result.append(StaticFile(source: folder.resolvedURL(path), target: String(path.dropFirst("static/".count))))
        }
        return result + bundleFiles(folder: folder, briefs: site.briefs, files: files)
    }

    /// Pages that would replace a generated section (`/briefs/`, a taxonomy's folder) of the
    /// site or, with `folder` (`ur/`), of a language's pages.
    static func reservedPageSlugProblems(_ pages: [Page], taxonomies: Set<String>, folder: String = "") -> [Diagnostic] {
        pages.filter { reservedPageSlugs.contains($0.slug) || taxonomies.contains($0.slug) }.map { page in
            .error("reserved-slug",
                   "the page slug `\(page.slug)` would replace the generated /\(folder)\(page.slug)/ section; rename the file",
                   at: SourceLocation(file: page.sourcePath))
        }
    }

    func copyStatic(_ prepared: Prepared, _ writer: OutputWriter) throws {
        for file in prepared.staticFiles {
            try writer.copy(from: file.source, to: file.target)
        }
    }

    static func sorted(_ diagnostics: [Diagnostic]) -> [Diagnostic] { diagnostics.sortedUnique }


    static func seconds(since start: DispatchTime) -> Double {
        Double(DispatchTime.now().uptimeNanoseconds - start.uptimeNanoseconds) / 1e9
    }
}
