import Foundation

/// Lists every non-page file of the site and renders one from its job, like PagePlanner does
/// for pages; SiteBuild renders both lists in parallel and writes them through OutputWriter.
struct FilePlanner: Sendable {
    /// The same page models, and so the same resolved site, as the page planner's.
    let models: PageModels
    let sitemap: Sitemap
    var site: ResolvedSite { models.site }
    var feeds: FeedBuilder { FeedBuilder(site: models.site, scheme: models.scheme) }

    init(pages: PagePlanner) {
        models = pages.models
        sitemap = Sitemap(entries: pages.sitemapEntries(scheme: pages.models.scheme), baseURL: pages.models.scheme.baseURL)
    }

    /// The planner for the same files after an edit that moves no page or listing (so the
    /// sitemap, made from paths and dates, stays as it was).
    init(models: PageModels, sitemap: Sitemap) {
        self.models = models
        self.sitemap = sitemap
    }

    func jobs() -> [FileJob] {
        var jobs: [FileJob] = []
        for index in site.briefs.indices {
            jobs += CitationFormat.allCases.map { .citation(brief: index, format: $0) }
        }
        for scope in site.feedScopes {
            jobs += FeedFormat.allCases.map { .feed(scope, $0) }
        }
        jobs += sitemap.paths.indices.map { .sitemap(file: $0) }
        jobs.append(.robots)
        jobs += site.redirects.indices.map { .redirect($0) }
        if !site.redirects.isEmpty, !site.ownRedirectsFile { jobs.append(.redirects) }
        return jobs
    }

    /// The files that show any of these briefs: their citation files and the feeds that list
    /// them (the sitemap holds no brief's text).
    func jobs(showing briefs: Set<Int>) -> [FileJob] {
        var jobs = briefs.sorted().flatMap { index in CitationFormat.allCases.map { FileJob.citation(brief: index, format: $0) } }
        for scope in site.feedScopes where site.feedBriefs(scope).prefix(site.config.feedLimit).contains(where: briefs.contains) {
            jobs += FeedFormat.allCases.map { .feed(scope, $0) }
        }
        // A redirect page shows its brief's title.
        let folders = Set(briefs.map { URLScheme.brief(site.briefs[$0].slug) })
        jobs += site.redirects.indices.filter { folders.contains(site.redirects[$0].target) }.map { .redirect($0) }
        return jobs
    }

    /// The output-relative path of a file, without rendering it (for the link checks).
    func path(_ job: FileJob) -> String {
        switch job {
        case .citation(let index, let format): return URLScheme.cite(site.briefs[index].slug, format)
        case .feed(let scope, let format): return URLScheme.feed(scope.folder, format)
        case .sitemap(let file): return sitemap.paths[file]
        case .robots: return URLScheme.robots
        case .redirect(let index): return site.redirects[index].file
        case .redirects: return RedirectsFile.path
        }
    }

    /// The output-relative path and the bytes of a file.
    func render(_ job: FileJob) -> (path: String, data: Data) {
        switch job {
        case .citation(let index, let format):
            let record = models.citationRecord(index)
            let path = URLScheme.cite(site.briefs[index].slug, format)
            switch format {
            case .bib: return (path, Data(BibTeXFormat.render(record).utf8))
            case .ris: return (path, Data(RISFormat.render(record).utf8))
            case .json: return (path, CSLItem.render(record))
            }
        case .feed(let scope, let format):
            let feed = feeds.feed(scope)
            let path = URLScheme.feed(scope.folder, format)
            switch format {
            case .atom: return (path, Data(AtomFeed.render(feed).utf8))
            case .json: return (path, JSONFeed.render(feed))
            }
        case .sitemap(let file):
            return (sitemap.paths[file], Data(sitemap.render(file).utf8))
        case .robots:
            return (URLScheme.robots, Data(RobotsTxt.render(sitemapURL: sitemap.baseURL + Sitemap.indexPath, crawlable: site.config.crawlable).utf8))
        case .redirect(let index):
            let redirect = site.redirects[index]
            return (redirect.file, Data(RedirectPage.render(redirect, scheme: models.scheme, language: site.config.language).utf8))
        case .redirects:
            return (RedirectsFile.path, Data(RedirectsFile.render(site.redirects, scheme: models.scheme).utf8))
        }
    }
}
