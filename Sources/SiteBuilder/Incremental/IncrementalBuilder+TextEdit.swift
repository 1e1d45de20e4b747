import ContentLoader
import Foundation
import MarkdownRender
import SiteModel
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The lane for the commonest edit while previewing: the text of briefs that already exist
/// changed, and nothing that decides where they are listed (`BriefPlacement`), their title or
/// the images they show; their ids only when no other page links to one. Then no other file's
/// diagnostics, no listing's membership and no link target can have changed, so the last good
/// build is patched in place:
/// the briefs are decoded and rendered again, their own checks run, and only the pages and
/// files that show them are rendered. Its cost does not grow with the site.
///
/// Whenever a condition does not hold, or the edit brings an error, it returns nil and the
/// caller makes the full incremental build, which gives the same output (tested byte for byte).
extension IncrementalBuilder {
    func textEdit(_ reported: [String], templates: TemplateFingerprints, config: Data?) -> IncrementalResult? {
        let start = DispatchTime.now()
        var timer = PhaseTimer()
        guard !reported.isEmpty, !reported.contains(""), decodedSinceGood.isEmpty,
              var prepared = lastGood, let last = lastSnapshot, let known = lastJobs,
              last.templates == templates.byName, last.config == config,
              var inventory = build.caches?.inventory.current else { return nil }
        // Editors' temporary files, made and gone within one save, are invisible to a full build.
        let changed = reported.filter { !isTransient($0, in: prepared, placements: last.placements) }
        let loader = SiteLoader(root: options.siteRoot, jobs: 1)
        let scheme = URLScheme(baseURL: prepared.site.config.baseURL)
        let renderer = MarkdownRenderer(options: MarkdownOptions(allowRawHTML: prepared.site.config.allowRawHTML,
                                                                 rootPath: scheme.basePath))
        let resolver = SiteResolver(site: prepared.site.site, includeDrafts: options.includeDrafts,
                                    folder: ContentFolderProbe(folder: prepared.folder,
                                                               themeStatic: Theme.directory?.appendingPathComponent("static")))
        let finder = ImageDimensions(sizes: [:], basePath: scheme.basePath)
        var diagnostics = lastDiagnostics.filter { !changed.contains($0.location.file) }
        var edited: [(index: Int, slug: String)] = []
        // Cards, feeds and citation files show only front matter: when nothing else changed,
        // the briefs' own pages are the only ones that can differ.
        var bodiesOnly = true
        var anchors: [String: Set<String>] = [:]
        for path in Set(changed).sorted() {
            guard let old = last.placements[path],
                  let index = prepared.site.briefs.firstIndex(where: { $0.sourcePath == path }),
                  let siteIndex = prepared.site.site.briefs.firstIndex(where: { $0.sourcePath == path }),
                  let (decoded, complete, found) = loader.decodeBrief(at: path), let brief = decoded, complete,
                  BriefPlacement(brief, site: prepared.site) == old,
                  brief.title == prepared.site.briefs[index].title,
                  !lastDiagnostics.contains(where: { $0.location.file == path && $0.code == "duplicate-title" })
            else { return nil }
            let page = URLScheme.brief(brief.slug)
            let before = prepared.bodies.content.briefs[index]
            let rendered = build.caches?.markdown.render(renderer, brief.body, file: path, firstLine: brief.bodyStartLine,
                                                          idPrefix: PageModels.idPrefix(brief.slug), reservedIDs: PageModels.reservedIDs)
                ?? renderer.render(brief.body, file: path, firstLine: brief.bodyStartLine,
                                   idPrefix: PageModels.idPrefix(brief.slug), reservedIDs: PageModels.reservedIDs)
            guard finder.imagePaths(in: rendered.html, pagePath: page) == finder.imagePaths(in: before.html, pagePath: page)
            else { return nil }
            // New or removed heading and note ids: fine unless another page links to one of this page's ids.
            if rendered.anchorIDs != before.anchorIDs {
                let file = URLScheme.file(page)
                inventory.anchors[file] = PageModels.reservedIDs.union(rendered.anchorIDs)
                anchors[file] = inventory.anchors[file]
                guard !Self.linksWithFragment(to: file, in: prepared, inventory: inventory, except: path) else { return nil }
            }
            let checker = LinkChecker(inventory: inventory)
            diagnostics += found
            diagnostics += resolver.check(brief, people: prepared.site.people, centres: prepared.site.centres).0
            diagnostics += rendered.diagnostics
            diagnostics += ContentChecks.longSummary(brief).map { [$0] } ?? []
            diagnostics += checker.check(rendered.links, onPage: page, file: path)

            var stored = brief
            stored.body = ""  // as in a full build (BriefSources)
            if stored != prepared.site.briefs[index] { bodiesOnly = false }
            prepared.site.briefs[index] = stored
            prepared.site.site.briefs[siteIndex] = stored
            prepared.bodies.content.briefs[index] = rendered
            edited.append((index, brief.slug))
        }
        timer.mark("edit: briefs")
        let sorted = SiteBuild.sorted(diagnostics)
        guard !sorted.contains(where: { $0.severity == .error }) else { return nil }
        prepared.planner.site = prepared.site
        prepared.planner.models.site = prepared.site
        if !bodiesOnly {
            prepared.planner.models.shared = prepared.planner.makeShared(jobs: options.jobs, only: edited.map(\.index))
        }
        prepared.files.site = prepared.site
        prepared.files.models = prepared.planner.models
        prepared.files.feeds = FeedBuilder(site: prepared.site, scheme: scheme)

        var result = IncrementalResult(succeeded: false, diagnostics: sorted)
        result.filesDecoded = edited.count
        result.markdownRendered = edited.count
        let slugs = Set(edited.map(\.slug))
        let ownPages = Set(edited.map { URLScheme.file(URLScheme.brief($0.slug)) })
        let candidates = bodiesOnly
            ? known.paths.indices.filter { ownPages.contains(known.paths[$0]) }
            : known.paths.indices.filter { !(dependencies[known.paths[$0]] ?? []).isDisjoint(with: slugs) }
        var fileJobs: [FileJob] = []
        if !bodiesOnly {
            fileJobs = edited.flatMap { e in CitationFormat.allCases.map { FileJob.citation(brief: e.index, format: $0) } }
            let feedLimit = prepared.site.config.feedLimit
            for scope in prepared.site.feedScopes
                where edited.contains(where: { e in prepared.site.feedBriefs(scope).prefix(feedLimit).contains(e.index) }) {
                fileJobs += FeedFormat.allCases.map { .feed(scope, $0) }
            }
        }
        timer.mark("edit: plan")
        do {
            try renderPages(candidates, jobs: known.jobs, paths: known.paths, planner: prepared.planner, bodies: prepared.bodies,
                            templates: templates, into: &result)
            timer.mark("edit: pages")
            try writeFiles(fileJobs, planner: prepared.files, replacingAll: false, into: &result)
            timer.mark("edit: files")
        } catch {
            lastSnapshot = nil
            result.diagnostics.append(writeFailure(error))
            result.seconds = SiteBuild.seconds(since: start)
            return result
        }
        lastGood = prepared
        lastDiagnostics = sorted
        build.caches?.inventory.replaceAnchors(anchors)
        result.basePath = scheme.basePath
        result.succeeded = true
        result.patched = true
        result.pageCount = known.jobs.count
        result.rendered.sort()
        result.written.sort()
        result.seconds = SiteBuild.seconds(since: start)
        return result
    }

    /// Whether any body other than `source` links to `file` with a fragment.
    static func linksWithFragment(to file: String, in prepared: SiteBuild.Prepared, inventory: OutputInventory,
                                  except source: String) -> Bool {
        let content = prepared.bodies.content
        var bodies: [(folder: String, links: [MarkdownLink])] = []
        for (index, brief) in prepared.site.briefs.enumerated() where brief.sourcePath != source {
            bodies.append((URLScheme.brief(brief.slug), content.briefs[index].links))
        }
        bodies += content.people.map { (URLScheme.person($0.key), $0.value.links) }
        bodies += content.centres.map { (URLScheme.centre($0.key), $0.value.links) }
        bodies += content.pages.map { (URLScheme.page($0.key), $0.value.links) }
        for (folder, links) in bodies {
            for link in links where link.destination.contains("#") {
                if case .site(let path, let fragment?) = LinkTarget(link.destination, from: folder), !fragment.isEmpty,
                   inventory.resolve(path) == file {
                    return true
                }
            }
        }
        return false
    }

    /// A path that does not exist now and that the last good build neither read nor reported.
    func isTransient(_ path: String, in prepared: SiteBuild.Prepared, placements: [String: BriefPlacement]) -> Bool {
        let absolute = options.siteRoot.path + "/" + path
        var info = stat()
        guard lstat(absolute, &info) != 0, placements[path] == nil,
              !lastDiagnostics.contains(where: { $0.location.file == path }),
              !copies.values.contains(where: { $0.source.path == absolute }) else { return false }
        let site = prepared.site.site
        return !site.people.contains { $0.sourcePath == path } && !site.centres.contains { $0.sourcePath == path }
            && !site.pages.contains { $0.sourcePath == path } && !site.invalidBriefs.contains { $0.sourcePath == path }
    }
}
