import ContentLoader
import MarkdownRender
import SiteModel

extension SiteBuild {
    /// Everything up to writing: the plan (pages and files, made from front matter) and the
    /// rendered bodies the pages are rendered with. The resolved site is held once, in the page
    /// models; the planners read it from there.
    struct Prepared: Sendable {
        var planner: PagePlanner
        /// The sitemap of the non-page files; their planner is made from it and the page models
        /// when asked for, so the resolved site has one holder and an edit replaces a brief in
        /// place.
        var sitemap: Sitemap
        var files: FilePlanner { FilePlanner(models: planner.models, sitemap: sitemap) }
        var folder: SiteFolder
        /// Every file copied as it is (theme and site `static/`, bundles), from the build's one
        /// walk of those folders.
        var staticFiles: [StaticFile]
        var bodies: PageBodies
        /// The folder of the output these pages and files go in: "" for the default language,
        /// `ur/` for another (DESIGN §7).
        var outputPrefix = ""
        /// The site's other languages, each planned as a site of its own (on the default's only).
        var editions: [Prepared] = []

        var site: ResolvedSite { planner.site }

        /// The briefs that get a made share card: all but those with a file of the site's own at
        /// the card's address (a bundle's `share.jpg`), which build and serve alike keep.
        var briefsWithMadeCards: [Int] {
            let own = Set(staticFiles.map(\.target))
            return site.briefs.indices.filter { !own.contains(ShareCard.path(slug: site.briefs[$0].slug)) }
        }

        /// What an edit of briefs' text changes in the plan.
        struct BriefEdit {
            /// The edited briefs' indexes in `site.briefs`.
            var indexes: [Int]
            /// Whether anything their cards, listings or feeds show changed (front matter), or
            /// only their bodies, which show on their own pages alone.
            var frontMatterChanged: Bool
            /// The non-page files that show them, to render again.
            var files: [FileJob]
        }

        /// The plan and bodies after briefs' text changed and nothing that places them
        /// (`IncrementalBuilder.BriefPlacement`): the briefs, their cards and citation records,
        /// their bodies. The one place an edit goes in, so no copy of the site goes stale.
        /// Nil when a brief is not one of the site's published briefs.
        mutating func edit(_ briefs: [(brief: Brief, rendered: RenderedMarkdown)], jobs: Int) -> BriefEdit? {
            var edit = BriefEdit(indexes: [], frontMatterChanged: false, files: [])
            for (brief, rendered) in briefs {
                var stored = brief
                stored.body = ""  // as a full build keeps it (BriefSources)
                guard let index = site.briefs.firstIndex(where: { $0.sourcePath == brief.sourcePath }) else { return nil }
                if stored != site.briefs[index] { edit.frontMatterChanged = true }
                _ = planner.models.site.replace(stored)
                bodies.content.briefs[index] = rendered
                edit.indexes.append(index)
            }
            if edit.frontMatterChanged {
                planner.models.shared = planner.makeShared(jobs: jobs, only: edit.indexes)
            }
            if edit.frontMatterChanged { edit.files = files.jobs(showing: Set(edit.indexes)) }
            return edit
        }
    }
}
