import ContentLoader
import Foundation
import MarkdownRender
import SiteModel

/// The site's other languages (DESIGN §7). Each language with content is planned, rendered and
/// checked as a site of its own: its briefs (translations over their originals, and briefs in it
/// alone), people and centres (translated where they are), its pages, listings, feeds and
/// citation files, with its interface strings and dates; its pages and files go under its folder
/// (`ur/`). Static files, the search index, the sitemap and robots.txt stay the default's, at
/// the root.
extension SiteBuild {
    /// Every other language's plan, from front matter, in site.yaml's order; the default's
    /// `languages` and each plan's are set so that every page links its versions.
    func planEditions(_ loaded: Loaded, default prepared: inout Prepared, timer: inout PhaseTimer,
                      diagnostics: inout [Diagnostic]) -> [(loaded: Loaded, prepared: Prepared)] {
        let config = loaded.site.config
        var editions: [(loaded: Loaded, prepared: Prepared)] = []
        let assets = Set(loaded.staticFiles.map(\.target)).union(
            loaded.resolved.briefs.map { ShareCard.path(slug: $0.slug) })
        let given = Dictionary(loaded.resolved.briefs.compactMap { brief in brief.number.map { (brief.slug, $0) } },
                               uniquingKeysWith: { a, _ in a })
        for language in config.languages.dropFirst() where loaded.site.translations[language.code] != nil {
            var site = loaded.site.edition(language.code)
            // The numbers the default's series gave: a translation is the same publication.
            for i in site.briefs.indices where site.briefs[i].number == nil { site.briefs[i].number = given[site.briefs[i].slug] }
            let sources = BriefSources(taking: &site)
            let probe = ContentFolderProbe(folder: loaded.folder, themeStatic: Theme.directory?.appendingPathComponent("static"))
            let (resolved, found) = SiteResolver(site: site, publication: options.publication, folder: probe,
                                                 recordedNumbers: SeriesNumbers.load(siteRoot: options.siteRoot)).resolve()
            diagnostics += found
            var scheme = URLScheme(baseURL: config.baseURL, language: language.code + "/")
            scheme.assets = assets
            let bundles = bundleFiles(folder: loaded.folder, briefs: resolved.briefs)
            let edition = Loaded(folder: loaded.folder, site: site, resolved: resolved, sources: sources,
                                 templates: loaded.templates, scheme: scheme, staticFiles: loaded.staticFiles + bundles)
            let noBodies = RenderedContent(briefs: Array(repeating: RenderedMarkdown(), count: resolved.briefs.count),
                                           people: [:], centres: [:], pages: [:])
            // The default's images: the copies a page offers are made once, at the root, and
            // copied beside a translation's page for the bundle files it shows (`copyVariants`).
            var plan = assemble(edition, content: noBodies, timer: &timer, diagnostics: &diagnostics,
                                edition: prepared.planner.models.images)
            diagnostics += Self.editionProblems(site)
            plan.staticFiles = bundles
            plan.outputPrefix = language.code + "/"
            editions.append((edition, plan))
        }
        guard !editions.isEmpty else { return [] }
        var links = LanguageLinks()
        links.versions = [LanguageLinks.Version(language: config.defaultLanguage, scheme: prepared.planner.models.scheme,
                                                pages: Set(prepared.planner.jobs().map(prepared.planner.path)))]
        for (edition, plan) in editions {
            links.versions.append(LanguageLinks.Version(language: edition.site.config.language(edition.site.config.language)!,
                                                        scheme: plan.planner.models.scheme,
                                                        pages: Set(plan.planner.jobs().map(plan.planner.path))))
        }
        // Each language's plan first: the default's sitemap lists theirs.
        for i in editions.indices { editions[i].prepared.setLanguages(links, editions: []) }
        prepared.setLanguages(links, editions: editions.map(\.prepared))
        timer.mark("languages")
        return editions
    }

    /// What only another language's own content can get wrong: two of its briefs at one
    /// address (a translation and a brief written in the language alone), or a page written in
    /// it alone at a section's address.
    static func editionProblems(_ site: Site) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        var first: [String: String] = [:]
        for brief in (site.briefs + site.invalidBriefs).sorted(by: { $0.sourcePath < $1.sourcePath }) {
            if let other = first[brief.slug] {
                diagnostics.append(.error("duplicate-slug",
                    "another brief in `\(site.config.language)` already has the slug `\(brief.slug)` (\(other)); each URL must be unique",
                    at: brief.location(of: "slug")))
            } else {
                first[brief.slug] = brief.sourcePath
            }
        }
        return diagnostics + reservedPageSlugProblems(site.pages, taxonomies: Set(site.config.declaredTaxonomies),
                                                      folder: site.config.language + "/")
    }

    /// One language's bodies, rendered, and the briefs they belong to, for its checks.
    struct RenderedEdition {
        var loaded: Loaded
        var prepared: Prepared
        var checkedBriefs: [(Brief, RenderedMarkdown)]
    }

    /// Renders each language's bodies (kept in memory: translations are few) with its own note
    /// labels and box names; the plan gets the bodies. Their checks wait for every language's
    /// files and anchors (`checkEditions`).
    func renderEditions(_ editions: [(loaded: Loaded, prepared: Prepared)], render renderer: (Loaded) -> BodyRenderer,
                        diagnostics: inout [Diagnostic]) -> [RenderedEdition] {
        editions.map { edition, plan in
            var plan = plan
            let render = renderer(edition)
            let checked = edition.site.briefs + edition.site.invalidBriefs
            let rendered = Array(checked.indices).concurrentMap(jobs: options.jobs) { i in
                Self.renderBrief(i, of: checked, sources: edition.sources, render: render)
            }
            let pairs = Array(zip(checked, rendered))
            let (content, found) = self.content(briefs: pairs, loaded: edition, render: render)
            diagnostics += found
            plan.bodies.content = content
            // Without `--pdf`, the language's cached PDFs that are current (as for the default).
            if options.pdf == nil { plan.bodies.pdfs = pdfStep(plan).run().0 }
            return RenderedEdition(loaded: edition, prepared: plan, checkedBriefs: pairs)
        }
    }

    /// Every other language's files and anchors, under their folders.
    func editionInventory(_ editions: [RenderedEdition]) -> OutputInventory {
        editions.map { inventory($0.prepared, site: $0.loaded.site, content: $0.prepared.bodies.content).prefixed($0.prepared.outputPrefix) }
            .reduce(OutputInventory(files: [], anchors: [:], draftFolders: [])) { $0.over($1) }
    }

    /// Each language's links, checked where its pages are written against every language's files.
    func checkEditions(_ editions: [RenderedEdition], all: OutputInventory) -> [Diagnostic] {
        editions.flatMap { edition in
            checkLinks(edition.prepared, site: edition.loaded.site, content: edition.prepared.bodies.content,
                       checkedBriefs: edition.checkedBriefs, alsoAt: all)
        }
    }

    /// Writes another language's pages and files under its folder: its bundles' files (for
    /// links relative to its pages), its PDFs, pages, feeds, citation files and redirects. The
    /// sitemap and robots.txt are the default's, for every language. Returns its page count.
    func writeEdition(_ edition: Prepared, into writer: OutputWriter) throws -> Int {
        let prefix = edition.outputPrefix
        for file in edition.staticFiles { try writer.copy(from: file.source, to: prefix + file.target) }
        for (slug, pdf) in edition.bodies.pdfs.sorted(by: { $0.key < $1.key }) {
            try writer.copy(from: pdf.file, to: prefix + URLScheme.pdf(slug))
        }
        let planner = edition.planner, bodies = edition.bodies, files = edition.files
        let jobs = planner.jobs()
        let fileJobs = files.jobs().filter { !$0.belongsToEveryLanguage }
        let failures = jobs.concurrentMap(jobs: options.jobs) { job -> String? in
            let (path, html) = planner.render(job, bodies)
            do { try writer.write(prefix + path, html); return nil } catch { return "\(error)" }
        } + fileJobs.concurrentMap(jobs: options.jobs) { job -> String? in
            let (path, data) = files.render(job)
            do { try writer.write(prefix + path, data); return nil } catch { return "\(error)" }
        }
        if let failure = failures.compactMap({ $0 }).first { throw OutputWriter.Failure.io(failure) }
        return jobs.count
    }

    /// The PDF step of another language: its own cache folder (`.imprint-cache/pdf-ur/`).
    func pdfStep(_ edition: Prepared) -> PDFStep {
        PDFStep(options: options, printer: printPlanner(edition), settings: edition.site.config.pdf,
                language: String(edition.outputPrefix.dropLast()))
    }

    /// Makes (or takes from the cache) every language's PDFs after the default's, into one report.
    func makeEditionPDFs(_ prepared: inout Prepared, report: inout PDFReport?) {
        for i in prepared.editions.indices {
            let (pdfs, more) = pdfStep(prepared.editions[i]).run()
            prepared.editions[i].bodies.pdfs = pdfs
            guard let more else { continue }
            if report == nil { report = more; continue }
            report!.errors += more.errors
            report!.stoppedBuild = report!.stoppedBuild || more.stoppedBuild
            report!.outcomes += more.outcomes
            report!.published += more.published
            report!.seconds += more.seconds
            report!.tool = report!.tool ?? more.tool
        }
    }

    /// The smaller copies of its bundles' images, made at the root, beside another language's
    /// pages too: a translation's body names them relative to its own page.
    func copyVariants(_ prepared: Prepared, into writer: OutputWriter) throws {
        guard let files = prepared.planner.models.images.files, files.makesVariants else { return }
        let offered = files.offeredVariants()
        for edition in prepared.editions {
            let bundles = Set(edition.staticFiles.map(\.target))
            for variant in offered where bundles.contains(where: { variant.path.hasPrefix($0 + ".") }) {
                let made = writer.staging.appendingPathComponent(variant.path)
                guard FileManager.default.fileExists(atPath: made.path) else { continue }
                try writer.copy(from: made, to: edition.outputPrefix + variant.path)
            }
        }
    }

    /// The files of the briefs' bundles (images beside `index.md`), each beside its brief's
    /// page; `files` lists a folder (a fresh walk unless the build already made one).
    func bundleFiles(folder: SiteFolder, briefs: [Brief], files: ((String) -> [String])? = nil) -> [StaticFile] {
        let files = files ?? { folder.files(under: $0) }
        var result: [StaticFile] = []
        for brief in briefs {
            guard let bundle = brief.bundleDirectory else { continue }
            for path in files(bundle) where !path.hasSuffix(".md") {
                result.append(StaticFile(source: folder.resolvedURL(path), target: URLScheme.brief(brief.slug) + path.dropFirst(bundle.count + 1)))
            }
        }
        return result
    }
}

extension SiteBuild.Prepared {
    /// Gives the page models the site's languages (and the default its editions): pages link
    /// their versions, and the sitemap lists them.
    mutating func setLanguages(_ links: LanguageLinks, editions: [SiteBuild.Prepared]) {
        planner.models.languages = links
        var entries = planner.sitemapEntries(scheme: planner.models.scheme)
        for edition in editions { entries += edition.planner.sitemapEntries(scheme: edition.planner.models.scheme) }
        sitemap = Sitemap(entries: entries, baseURL: planner.models.scheme.rootURL)
        self.editions = editions
    }
}
