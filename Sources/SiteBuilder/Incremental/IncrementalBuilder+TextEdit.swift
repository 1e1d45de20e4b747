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
        var timer = PhaseTimer(verbose: options.verbose)
        guard !reported.isEmpty, !reported.contains(""), decodedSinceGood.isEmpty,
              // A site in several languages takes the full build: a translation shows what it
              // inherits from the brief edited (DESIGN §7).
              var prepared = lastGood, prepared.editions.isEmpty, let last = lastSnapshot, let known = lastJobs,
              last.templates == templates.byName, last.config == config,
              var inventory = build.caches?.inventory.current else { return nil }
        // Editors' temporary files, made and gone within one save, are invisible to a full build.
        let changed = reported.filter { !isTransient($0, in: prepared, placements: last.placements) }
        let loader = SiteLoader(root: options.siteRoot, jobs: 1)
        let scheme = URLScheme(baseURL: prepared.site.config.baseURL)
        let renderer = MarkdownRenderer(options: prepared.site.config.markdownOptions(rootPath: scheme.basePath, strings: prepared.site.strings))
        let resolver = SiteResolver(site: prepared.site.site, publication: options.publication,
                                    folder: ContentFolderProbe(folder: prepared.folder,
                                                               themeStatic: Theme.directory?.appendingPathComponent("static")))
        let finder = ImageDimensions(sizes: [:], basePath: scheme.basePath)
        var diagnostics = lastDiagnostics.filter { !changed.contains($0.location.file) }
        var edits: [(brief: Brief, rendered: RenderedMarkdown)] = []
        var anchorsBefore: [String: Set<String>] = [:]
        for path in Set(changed).sorted() {
            guard let old = last.placements[path],
                  let index = prepared.site.briefs.firstIndex(where: { $0.sourcePath == path }),
                  let (decoded, complete, found) = loader.decodeBrief(at: path, taxonomies: prepared.site.config.declaredTaxonomies),
                  var brief = decoded.map({ SiteResolver.labelled($0, prepared.site.config) }), complete,
                  BriefPlacement(brief, site: prepared.site) == old,
                  brief.title == prepared.site.briefs[index].title,
                  !lastDiagnostics.contains(where: { $0.location.file == path && $0.code == "duplicate-title" })
            else { return nil }
            // A series number the build gave (not written in the file) stays; one removed from the file is a full build's.
            if brief.number == nil, let given = prepared.site.briefs[index].number {
                guard prepared.site.seriesNumbers.briefs[brief.slug]?.number == given else { return nil }
                brief.number = given
            }
            let page = URLScheme.brief(brief.slug)
            let rendered = build.caches?.markdown.render(renderer, brief.body, file: path, firstLine: brief.bodyStartLine,
                                                          idPrefix: PageModels.idPrefix(brief.slug), reservedIDs: PageModels.reservedIDs)
                ?? renderer.render(brief.body, file: path, firstLine: brief.bodyStartLine,
                                   idPrefix: PageModels.idPrefix(brief.slug), reservedIDs: PageModels.reservedIDs)
            guard finder.imagePaths(in: rendered, pagePath: page)
                    == finder.imagePaths(in: prepared.bodies.content.briefs[index], pagePath: page)
            else { return nil }
            diagnostics += found
            diagnostics += resolver.check(brief, people: prepared.site.people, centres: prepared.site.centres).0
            diagnostics += rendered.diagnostics
            diagnostics += ContentChecks.longSummary(brief).map { [$0] } ?? []
            edits.append((brief, rendered))
            anchorsBefore[path] = prepared.bodies.content.briefs[index].anchorIDs
        }
        // The plan takes the edit in; it says which briefs and files it touched. Nothing else
        // may hold the site's briefs and bodies meanwhile, or replacing one would copy all of
        // them (10,000 briefs: most of an edit's time): the last good state and the cards'
        // models let go, and come back with this edit's (a failed edit leaves a full build).
        lastGood = nil
        onDemand?.replaceCardModels(nil)
        guard let edit = prepared.edit(edits, jobs: options.jobs) else { return nil }
        // An edited brief's PDF is out of date: a full build takes it (and its button) off.
        guard edit.indexes.allSatisfy({ prepared.bodies.pdfs[prepared.site.briefs[$0].slug] == nil }) else { return nil }
        // New or removed heading and note ids: fine unless another page links to one of them.
        var anchors: [String: Set<String>] = [:]
        for index in edit.indexes
        where prepared.bodies.content.briefs[index].anchorIDs != anchorsBefore[prepared.site.briefs[index].sourcePath] {
            let file = URLScheme.file(URLScheme.brief(prepared.site.briefs[index].slug))
            anchors[file] = PageModels.reservedIDs.union(prepared.bodies.content.briefs[index].anchorIDs)
            inventory.anchors[file] = anchors[file]
        }
        for index in edit.indexes {
            let file = URLScheme.file(URLScheme.brief(prepared.site.briefs[index].slug))
            guard anchors[file] == nil || !Self.linksWithFragment(to: file, in: prepared, inventory: inventory,
                                                                  except: prepared.site.briefs[index].sourcePath)
            else { return nil }
        }
        let checker = LinkChecker(inventory: inventory)
        for index in edit.indexes {
            let brief = prepared.site.briefs[index]
            diagnostics += checker.check(prepared.bodies.content.briefs[index].links, onPage: URLScheme.brief(brief.slug),
                                         file: brief.sourcePath)
        }
        timer.mark("edit: briefs")
        let sorted = SiteBuild.sorted(diagnostics)
        guard !sorted.contains(where: { $0.severity == .error }) else { return nil }

        var result = IncrementalResult(succeeded: false, diagnostics: sorted)
        result.filesDecoded = edit.indexes.count
        result.markdownRendered = edit.indexes.count
        // Pages: those whose last models linked to an edited brief (recorded exactly, from the
        // models themselves, by `renderPages`), or only the briefs' own when their front
        // matter is as it was.
        let slugs = Set(edit.indexes.map { prepared.site.briefs[$0].slug })
        let ownPages = Set(slugs.map { URLScheme.file(URLScheme.brief($0)) })
        let candidates = edit.frontMatterChanged
            ? known.paths.indices.filter { !(dependencies[known.paths[$0]] ?? []).isDisjoint(with: slugs) }
            : known.paths.indices.filter { ownPages.contains(known.paths[$0]) }
        timer.mark("edit: plan")
        do {
            try renderPages(candidates, jobs: known.jobs, paths: known.paths, planner: prepared.planner, bodies: prepared.bodies,
                            templates: templates, into: &result)
            timer.mark("edit: pages")
            try writeFiles(edit.files, planner: prepared.files, replacingAll: false, into: &result)
            timer.mark("edit: files")
        } catch {
            lastSnapshot = nil
            result.diagnostics += failure(error)
            result.seconds = SiteBuild.seconds(since: start)
            return result
        }
        lastGood = prepared
        onDemand?.replaceCardModels(prepared.planner.models)
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
