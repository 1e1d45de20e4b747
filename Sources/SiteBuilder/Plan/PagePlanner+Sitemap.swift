import SiteModel

/// The sitemap lists every published page with the date its content last changed. Drafts never
/// appear, even in a `--drafts` build, and neither do pages that only list drafts.
extension PagePlanner {
    func sitemapEntries(scheme: URLScheme) -> [SitemapEntry] {
        jobs().compactMap { job in
            guard let shown = publishedBriefs(job) else { return nil }
            let path = path(job)
            let folder = path.hasSuffix("index.html") ? String(path.dropLast("index.html".count)) : path
            return SitemapEntry(loc: scheme.absolute(folder), lastmod: shown.map { site.briefs[$0].lastModified }.max(),
                                alternates: models.languages.sitemapAlternates(path: folder))
        }
    }

    /// The published briefs whose changes change the page (nil: leave the page out).
    /// A listing page shows briefs in order, so a brief added or revised on an earlier page
    /// shifts it too: its date is the newest among the briefs up to its end.
    func publishedBriefs(_ job: PageJob) -> [Int]? {
        let published = { (indexes: [Int]) in indexes.filter { !site.isUnpublished($0) } }
        func upToPage(_ list: [Int], _ page: Int) -> [Int]? {
            let perPage = site.config.paginate
            let onPage = published(Array(list.dropFirst((page - 1) * perPage).prefix(perPage)))
            return page > 1 && onPage.isEmpty ? nil : published(Array(list.prefix(page * perPage)))
        }
        switch job {
        case .notFound, .search: return nil
        case .brief(let i): return site.isUnpublished(i) ? nil : [i]
        case .page(let i): return site.pages[i].draft ? nil : []
        // Only a handful of pages: the O(n) scan is not repeated per brief page.
        case .home, .people, .centres, .termIndex: return published(Array(site.briefs.indices))
        case .briefList(let page): return upToPage(Array(site.briefs.indices), page)
        case .term(let kind, let index, let page):
            guard let shown = upToPage(terms(kind)[index].briefs, page), !shown.isEmpty else { return nil }
            return shown
        case .person(let id): return published((site.authored[id] ?? []) + (site.edited[id] ?? []))
        case .centre(let id): return published(site.byCentre[id] ?? [])
        }
    }
}
