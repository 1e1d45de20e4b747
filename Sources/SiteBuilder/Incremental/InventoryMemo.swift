import Foundation
import MarkdownRender
import SiteModel

/// The link-check inventory kept between builds (`imprint serve`). It is the same as last
/// time when the pages and copied files are the same and every body renders the same ids;
/// a body whose HTML is unchanged has unchanged ids (they are written into its HTML), and an
/// unchanged body from the Markdown cache shares its storage, so comparing costs nothing.
/// Otherwise `SiteBuild.inventory` builds it again.
final class InventoryMemo: @unchecked Sendable {
    private struct Body {
        var html: String
        var notesHTML: String
        var ids: Set<String>
    }

    private var last: OutputInventory?
    private var paths: [String] = []
    private var copied: [String] = []
    private var drafts: [String] = []
    private var bodies: [String: Body] = [:]
    private var patched = false
    private let lock = NSLock()

    /// The inventory the last build checked links against.
    var current: OutputInventory? { lock.withLock { last } }

    /// Gives pages new ids after a patched build (`IncrementalBuilder.textEdit`). The bodies
    /// noted here are then out of date, so the next full build makes the inventory again.
    func replaceAnchors(_ anchors: [String: Set<String>]) {
        lock.withLock {
            for (file, ids) in anchors { last?.anchors[file] = ids }
            if !anchors.isEmpty { patched = true }
        }
    }

    /// The inventory, and whether it is the same as the last build's.
    func inventory(_ build: SiteBuild, _ prepared: SiteBuild.Prepared, site: Site,
                   content: RenderedContent) -> (OutputInventory, unchanged: Bool) {
        lock.withLock {
            let planner = prepared.planner
            let jobPaths = planner.jobs().map(planner.path)
            let copiedPaths = prepared.staticFiles.map(\.target)
            let draftSlugs = site.briefs.filter(\.draft).map(\.slug)
            var same = !patched && last != nil && jobPaths == paths && copiedPaths == copied && draftSlugs == drafts
            var seen: Set<String> = []
            func note(_ key: String, _ rendered: RenderedMarkdown) {
                seen.insert(key)
                if let body = bodies[key], body.html == rendered.html, body.notesHTML == rendered.notesHTML { return }
                let ids = rendered.anchorIDs
                if bodies[key]?.ids != ids { same = false }
                bodies[key] = Body(html: rendered.html, notesHTML: rendered.notesHTML, ids: ids)
            }
            for (index, brief) in prepared.site.briefs.enumerated() { note("brief:" + brief.slug, content.briefs[index]) }
            for (id, rendered) in content.people { note("person:" + id, rendered) }
            for (id, rendered) in content.centres { note("centre:" + id, rendered) }
            for (slug, rendered) in content.pages { note("page:" + slug, rendered) }
            if bodies.count != seen.count {
                same = false
                bodies = bodies.filter { seen.contains($0.key) }
            }
            if same, let last { return (last, true) }
            let fresh = build.inventory(prepared, site: site, content: content)
            last = fresh
            patched = false
            paths = jobPaths
            copied = copiedPaths
            drafts = draftSlugs
            return (fresh, false)
        }
    }
}
