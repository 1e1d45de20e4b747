import ContentLoader
import Foundation
import SiteModel

/// Keeps a built site up to date in place, for `imprint serve`. Every build loads and resolves
/// the whole site again (decoded files and rendered Markdown come from caches), computes every
/// page's view model, and renders only the pages whose model or template changed; it writes
/// only files whose bytes changed and deletes files nothing produces any more. The result is
/// the same, byte for byte, as a full `SiteBuild` of the same input into an empty folder.
///
/// Not reentrant: one build at a time (calls are serialised by a lock).
public final class IncrementalBuilder: @unchecked Sendable {
    public let options: BuildOptions
    let build: SiteBuild
    private let output: LiveOutput
    private let lock = NSLock()

    struct PageRecord {
        var fingerprint: Int
        var contentHash: Int
    }

    struct CopyRecord {
        var source: URL
        var stamp: FileStamp?
    }

    var pages: [String: PageRecord] = [:]
    var copies: [String: CopyRecord] = [:]
    /// Content hashes of the non-page files (feeds, sitemap, citations, robots.txt) last written.
    var fileHashes: [String: Int] = [:]
    /// The last build without errors, for refreshing static files alone.
    var lastGood: SiteBuild.Prepared?
    /// The image copies and share cards its pages name, made when first asked for (with libvips).
    public let onDemand: OnDemandImages?
    /// The diagnostics and the pages of the last good build.
    var lastDiagnostics: [Diagnostic] = []
    var lastJobs: (jobs: [PageJob], paths: [String])?
    /// Briefs each page links to, by page path (`ModelFingerprint`).
    var dependencies: [String: Set<String>] = [:]
    /// What the last good build was made from, for the fast path.
    var lastSnapshot: Snapshot?
    /// Files decoded by builds since the last good one (a failed build's edits count too).
    var decodedSinceGood: Set<String> = []

    /// Everything besides the briefs' text that pages are made from.
    struct Snapshot: Equatable {
        var templates: [String: Int]
        var config: Data?
        var paths: [String]
        var placements: [String: BriefPlacement]
        /// The other languages' pages (DESIGN §7): a page gained or lost in one changes the
        /// versions every page in another links.
        var languagePaths: [String] = []
    }

    /// What decides where a brief is listed and what its listings say about it apart from its
    /// own text; the rest (title, summary, body…) only shows on pages that link to it.
    struct BriefPlacement: Equatable {
        var slug: String
        var bundle: String?
        var date: SimpleDate
        var updated: SimpleDate?
        var draft: Bool
        var pdf: Bool
        var type: String?
        var authors: [String]
        var editors: [String]
        var centre: String?
        var topics: [String]
        var regions: [String]
        var terms: [String: [String]]
        var image: BriefImage?
        var hero: String?
        /// Embargo, old addresses, corrections, extra values: a full build recomputes what follows from them.
        var publishAt: PublishTime?
        var aliases: [String]
        var corrections: [Correction]
        var extra: [String: ExtraValue]

        init(_ brief: Brief, site: ResolvedSite) {
            slug = brief.slug
            bundle = brief.bundleDirectory
            date = brief.date
            updated = brief.updated
            draft = brief.draft
            pdf = brief.pdf
            type = brief.type?.value
            authors = brief.authors.map(\.value)
            editors = brief.editors.map(\.value)
            centre = brief.centre?.value
            topics = brief.topics
            regions = brief.regions
            terms = brief.terms
            image = brief.image
            hero = site.heroImages[brief.slug]
            publishAt = brief.publishAt
            aliases = brief.aliases.map(\.value)
            corrections = brief.corrections
            extra = brief.extra
        }
    }

    /// `options.output` is the folder kept up to date; it is emptied first.
    public init(options: BuildOptions) throws {
        self.options = options
        var build = SiteBuild(options: options)
        build.caches = BuildCaches()
        self.build = build
        onDemand = options.imageVariants.map { OnDemandImages(maker: $0, jobs: options.jobs) }
        output = LiveOutput(root: options.output)
        let fm = FileManager.default
        // The folder is emptied: the same rules as a build's output.
        var guardian = OutputFolderGuard(siteRoot: options.siteRoot)
        guardian.option = "preview folder"
        _ = try guardian.check(options.output, force: options.force)
        try? fm.removeItem(at: options.output)
        try fm.createDirectory(at: options.output, withIntermediateDirectories: true)
        // Marked as a build's output is, so the preview serves what a build writes.
        try Data(OutputFolderGuard.markerText.utf8).write(to: options.output.appendingPathComponent(OutputFolderGuard.marker))
    }

    /// Builds what changed since the last build. `changed` names site-relative files a watcher
    /// saw change; they are read again even when their size and modification time look the same.
    public func build(changed: some Sequence<String> = []) -> IncrementalResult {
        lock.withLock { buildLocked(changed: Array(changed)) }
    }

    /// Copies the static and bundle files whose source changed, without loading the site: for
    /// edits of files that already existed, which no page or check depends on. Nil when there
    /// has been no good build yet (a full `build` is needed).
    public func refreshCopiedFiles() -> IncrementalResult? {
        lock.withLock {
            guard let prepared = lastGood else { return nil }
            let start = DispatchTime.now()
            var result = IncrementalResult(succeeded: true, diagnostics: [])
            do {
                // Walked again: this lane does not load the site.
                let files = build.staticFiles(folder: prepared.folder, site: prepared.site)
                result.written = try syncCopies(files, pagePaths: Set(pages.keys), deleteMissing: false).0
            } catch {
                return IncrementalResult(succeeded: false, diagnostics: [writeFailure(error)])
            }
            result.pageCount = pages.count
            result.basePath = URLScheme(baseURL: prepared.site.config.baseURL).basePath
            result.seconds = SiteBuild.seconds(since: start)
            return result
        }
    }

    private func buildLocked(changed: [String]) -> IncrementalResult {
        let start = DispatchTime.now()
        let caches = build.caches!
        // "" stands for "everything" (a watcher lost events).
        if changed.contains("") { caches.load.removeAll() } else { caches.load.invalidate(changed) }
        // Template texts and site.yaml are read before the build reads them: if one changes in
        // between, the next build sees a difference and renders again.
        let templates = TemplateFingerprints(themeDirectory: Theme.directory, site: SiteFolder(root: options.siteRoot))
        let config = FileManager.default.contents(atPath: options.siteRoot.appendingPathComponent("site.yaml").path)
        caches.templates.next = templates.byName
        if let edit = textEdit(changed, templates: templates, config: config) { return edit }
        caches.markdown.beginBuild()
        let (prepared, diagnostics) = build.prepare()
        caches.markdown.endBuild()
        decodedSinceGood.formUnion(caches.load.decodedPaths)
        var result = IncrementalResult(succeeded: false, diagnostics: diagnostics)
        result.filesDecoded = caches.load.decodedCount
        result.markdownRendered = caches.markdown.renderedCount
        guard var prepared, !diagnostics.contains(where: { $0.severity == .error }) else {
            result.seconds = SiteBuild.seconds(since: start)
            return result
        }
        // The cached PDFs that are current, as `imprint build` publishes them.
        prepared.bodies.pdfs = PDFStep(options: options, printer: build.printPlanner(prepared),
                                       settings: prepared.site.config.pdf).run().0
        let pdfCopies = prepared.bodies.pdfs.map { SiteBuild.StaticFile(source: $0.value.file, target: URLScheme.pdf($0.key)) }

        var timer = PhaseTimer(verbose: options.verbose)
        let planner = prepared.planner
        let jobs = planner.jobs()
        let paths = jobs.map(planner.path)
        // The other languages' pages (DESIGN §7): all candidates, their fingerprints decide.
        let editions = prepared.editions.map { edition -> (edition: SiteBuild.Prepared, jobs: [PageJob], paths: [String]) in
            let jobs = edition.planner.jobs()
            return (edition, jobs, jobs.map { edition.outputPrefix + edition.planner.path($0) })
        }
        let state = Snapshot(
            templates: templates.byName, config: config, paths: paths,
            placements: Dictionary(prepared.site.briefs.map { ($0.sourcePath, BriefPlacement($0, site: prepared.site)) },
                                   uniquingKeysWith: { a, _ in a }),
            languagePaths: editions.flatMap(\.paths))
        // Fast path: when nothing but the text of some briefs changed (not where they are listed:
        // dates, taxonomies, people, centre, type, draft), only pages linking to them can differ.
        var candidates = Array(jobs.indices)
        if let last = lastSnapshot, last == state, decodedSinceGood.allSatisfy({ state.placements[$0] != nil }) {
            let slugs = Set(decodedSinceGood.compactMap { state.placements[$0]?.slug })
            candidates = jobs.indices.filter { !(dependencies[paths[$0]] ?? []).isDisjoint(with: slugs) }
        }
        let known = pages
        let pathSet = Set(paths + editions.flatMap(\.paths))
        pages = pages.filter { pathSet.contains($0.key) }
        dependencies = dependencies.filter { pathSet.contains($0.key) }
        let files = prepared.files
        var pagePaths = pathSet
        do {
            try renderPages(candidates, jobs: jobs, paths: paths, planner: planner, bodies: prepared.bodies,
                            templates: templates, into: &result)
            for (edition, jobs, paths) in editions {
                try renderPages(Array(jobs.indices), jobs: jobs, paths: paths, planner: edition.planner, bodies: edition.bodies,
                                templates: templates, into: &result)
            }
            timer.mark("render")
            let fileJobs = files.jobs()
            pagePaths.formUnion(fileJobs.map(files.path))
            var groups = [(jobs: fileJobs, planner: files, prefix: "")]
            var copied = prepared.staticFiles + pdfCopies
            for (edition, _, _) in editions {
                let jobs = edition.files.jobs().filter { !$0.belongsToEveryLanguage }
                groups.append((jobs, edition.files, edition.outputPrefix))
                pagePaths.formUnion(jobs.map { edition.outputPrefix + edition.files.path($0) })
                copied += edition.staticFiles.map { SiteBuild.StaticFile(source: $0.source, target: edition.outputPrefix + $0.target) }
                copied += edition.bodies.pdfs.map { SiteBuild.StaticFile(source: $0.value.file, target: edition.outputPrefix + URLScheme.pdf($0.key)) }
            }
            try writeFiles(groups, replacingAll: true, into: &result)
            let (copiedNow, removed) = try syncCopies(copied, pagePaths: pagePaths, deleteMissing: true)
            result.written += copiedNow
            result.deleted += removed
        } catch {
            lastSnapshot = nil
            result.diagnostics += failure(error)
            result.seconds = SiteBuild.seconds(since: start)
            return result
        }
        for path in known.keys where !pagePaths.contains(path) && copies[path] == nil {
            output.remove(path)
            result.deleted.append(path)
        }
        lastSnapshot = state
        decodedSinceGood = []
        timer.mark("copy")
        lastGood = prepared
        if let onDemand {
            let (wanted, cardIndex) = Self.imagesNamed(by: prepared)
            onDemand.update(wanted, models: prepared.planner.models, cardIndex: cardIndex)
        }
        lastDiagnostics = diagnostics
        lastJobs = (jobs, paths)
        result.basePath = URLScheme(baseURL: prepared.site.config.baseURL).basePath
        result.succeeded = true
        result.pageCount = jobs.count + editions.map(\.jobs.count).reduce(0, +)
        result.rendered.sort()
        result.written.sort()
        result.deleted.sort()
        result.seconds = SiteBuild.seconds(since: start)
        return result
    }

    /// Fingerprints the candidate pages' models, renders those whose fingerprint changed and
    /// writes those whose bytes changed, keeping `pages` and `dependencies` up to date. A page
    /// that could not be written is forgotten, so it is rendered again next time.
    func renderPages(_ candidates: [Int], jobs: [PageJob], paths: [String], planner: PagePlanner, bodies: PageBodies,
                     templates: TemplateFingerprints, into result: inout IncrementalResult) throws {
        let briefURLPrefix = URLScheme(baseURL: planner.site.config.baseURL).url("briefs/")
        let fingerprints = candidates.concurrentMap(jobs: options.jobs) { i -> (fingerprint: Int, briefs: Set<String>) in
            ModelFingerprint.of(planner.model(jobs[i], bodies), salt: templates.of(planner.template(jobs[i])), briefURLPrefix: briefURLPrefix)
        }
        var stale: [(index: Int, fingerprint: Int)] = []
        for (i, f) in zip(candidates, fingerprints) {
            dependencies[paths[i]] = f.briefs
            if pages[paths[i]]?.fingerprint != f.fingerprint { stale.append((i, f.fingerprint)) }
        }
        let known = pages
        let output = self.output, progress = options.progress
        progress?.begin("Rendering pages", total: stale.count)
        let outcomes = stale.concurrentMap(jobs: options.jobs) { page -> (hash: Int, wrote: Bool, failure: String?) in
            defer { progress?.advance() }
            let path = paths[page.index]
            let data = planner.render(jobs[page.index], bodies).html
            // A page cut short by a template loop is not shown; the build fails below.
            if planner.templates?.wentTooDeep == true { return (0, false, nil) }
            let hash = Self.hash(data)
            if known[path]?.contentHash == hash { return (hash, false, nil) }
            do { try output.write(path, data); return (hash, true, nil) } catch { return (0, false, "\(path): \(error)") }
        }
        for (page, outcome) in zip(stale, outcomes) {
            let path = paths[page.index]
            result.rendered.append(path)
            pages[path] = outcome.failure == nil ? PageRecord(fingerprint: page.fingerprint, contentHash: outcome.hash) : nil
            if outcome.wrote { result.written.append(path) }
        }
        if let failure = outcomes.compactMap(\.failure).first { throw LiveOutput.Failure.io(failure) }
        do {
            try planner.templates?.checkDepth()
        } catch {
            // The pages are rendered again once the template or the data changes.
            for (page, _) in stale { pages[paths[page]] = nil }
            throw error
        }
    }

    /// Renders feeds, sitemap and citation files (cheap) and writes those whose bytes changed;
    /// with `replacingAll`, the jobs are every such file and the others are deleted.
    func writeFiles(_ jobs: [FileJob], planner: FilePlanner, replacingAll: Bool,
                    into result: inout IncrementalResult) throws {
        try writeFiles([(jobs, planner, "")], replacingAll: replacingAll, into: &result)
    }

    /// The same for several planners (the default language's and each other's under its folder).
    func writeFiles(_ groups: [(jobs: [FileJob], planner: FilePlanner, prefix: String)], replacingAll: Bool,
                    into result: inout IncrementalResult) throws {
        let rendered = groups.flatMap { group in
            group.jobs.concurrentMap(jobs: options.jobs) { job -> (path: String, hash: Int, data: Data) in
                let (path, data) = group.planner.render(job)
                return (group.prefix + path, Self.hash(data), data)
            }
        }
        var hashes = replacingAll ? [:] : fileHashes
        for file in rendered { hashes[file.path] = file.hash }
        for file in rendered where fileHashes[file.path] != file.hash {
            try output.write(file.path, file.data)
            result.written.append(file.path)
        }
        if replacingAll {
            for path in fileHashes.keys where hashes[path] == nil {
                output.remove(path)
                result.deleted.append(path)
            }
        }
        fileHashes = hashes
    }

    /// Data's own hash(into:) looks at a prefix only; this hashes every byte.
    static func hash(_ data: Data) -> Int {
        var hasher = Hasher()
        data.withUnsafeBytes { hasher.combine(bytes: $0) }
        return hasher.finalize()
    }

    /// Copies static and bundle files whose source or stamp changed; later entries override
    /// earlier ones for the same target, as in a full build, and pages win over both. Returns
    /// the targets written and those removed.
    private func syncCopies(_ files: [SiteBuild.StaticFile], pagePaths: Set<String>,
                            deleteMissing: Bool) throws -> ([String], [String]) {
        var wanted: [String: URL] = [:]
        for file in files where !pagePaths.contains(file.target) { wanted[file.target] = file.source }
        var written: [String] = []
        for (target, source) in wanted.sorted(by: { $0.key < $1.key }) {
            let stamp = FileStamp(source)
            if let known = copies[target], known.source == source, let stamp, known.stamp == stamp { continue }
            try output.copy(from: source, to: target)
            copies[target] = CopyRecord(source: source, stamp: stamp)
            written.append(target)
        }
        var removed: [String] = []
        if deleteMissing {
            for target in copies.keys.sorted() where wanted[target] == nil {
                copies[target] = nil
                if !pagePaths.contains(target) {
                    output.remove(target)
                    removed.append(target)
                }
            }
        }
        return (written, removed)
    }

    func writeFailure(_ error: Error) -> Diagnostic {
        .error("write-failed", "\(error)", at: SourceLocation(file: options.output.path))
    }

    /// What stopped the pages: their own problems (with places in the sources), or the disk's.
    func failure(_ error: Error) -> [Diagnostic] {
        (error as? RenderFailure)?.diagnostics ?? [writeFailure(error)]
    }

    /// Every copy and share card the pages of a build name, by output-relative path.
    /// The copies and cards the pages name, and each card's brief index by slug.
    static func imagesNamed(by prepared: SiteBuild.Prepared) -> ([String: OnDemandImages.Wanted], [String: Int]) {
        let models = prepared.planner.models
        var wanted: [String: OnDemandImages.Wanted] = [:]
        for copy in models.images.files?.offeredVariants() ?? [] { wanted[copy.path] = .variant(copy.source, width: copy.width) }
        guard models.makesShareCards else { return (wanted, [:]) }
        var cardIndex: [String: Int] = [:]
        for index in prepared.briefsWithMadeCards {
            let slug = prepared.site.briefs[index].slug
            wanted[ShareCard.path(slug: slug)] = .card(slug: slug)
            cardIndex[slug] = index
        }
        return (wanted, cardIndex)
    }
}
