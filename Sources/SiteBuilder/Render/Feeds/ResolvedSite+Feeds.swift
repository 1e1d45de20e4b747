/// Feeds carry published briefs only: with `--drafts` or `--future` the pages show drafts and
/// embargoed briefs, the feeds never do.
extension ResolvedSite {
    /// Published briefs in a feed's scope, newest first (the order of `briefs`).
    func feedBriefs(_ scope: FeedScope) -> [Int] {
        let members: [Int]
        switch scope {
        case .site: members = Array(briefs.indices)
        case .centre(let id): members = byCentre[id] ?? []
        case .topic(let slug): members = topics.first { $0.slug == slug }?.briefs ?? []
        }
        return members.filter { !isUnpublished($0) }
    }

    /// Every feed written: the site's, and one per centre and topic that has a published brief.
    var feedScopes: [FeedScope] {
        [.site]
            + sortedCentres.map { FeedScope.centre($0.id) }.filter { !feedBriefs($0).isEmpty }
            + topics.map { FeedScope.topic($0.slug) }.filter { !feedBriefs($0).isEmpty }
    }

    func hasFeed(_ scope: FeedScope) -> Bool { scope == .site || !feedBriefs(scope).isEmpty }

    func feedTitle(_ scope: FeedScope) -> String {
        switch scope {
        case .site: return config.title
        case .centre(let id): return strings.format("feed_centre", ["centre": centres[id]?.name ?? id, "site": config.title])
        case .topic(let slug):
            return strings.format("feed_topic", ["topic": topics.first { $0.slug == slug }?.label ?? slug, "site": config.title])
        }
    }
}
