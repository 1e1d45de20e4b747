import SiteModel

/// Builds a feed's entries from the resolved site: published briefs of its scope, newest
/// first, at most `feed_limit` of them.
struct FeedBuilder: Sendable {
    let site: ResolvedSite
    let scheme: URLScheme

    func feed(_ scope: FeedScope) -> Feed {
        let members = site.feedBriefs(scope).prefix(site.config.feedLimit)
        let entries = members.map(entry)
        var description = site.config.description
        if case .centre(let id) = scope, let centre = site.centres[id] {
            description = PageModels.firstSentence(centre.body) ?? centre.name
        }
        return Feed(
            title: site.feedTitle(scope), description: description,
            logoURL: scheme.absolute(site.logoPath), iconURL: scheme.absolute(site.faviconPath),
            homeURL: scheme.absolute(scope.folder),
            atomURL: scheme.absolute(URLScheme.feed(scope.folder, .atom)),
            jsonURL: scheme.absolute(URLScheme.feed(scope.folder, .json)),
            language: site.config.language,
            author: Feed.Author(name: site.config.organisation.name, url: scheme.baseURL),
            updated: entries.map(\.updated).max(), entries: entries)
    }

    func entry(_ index: Int) -> Feed.Entry {
        let brief = site.briefs[index]
        let url = scheme.absolute(URLScheme.brief(brief.slug))
        let authors = SiteResolver.unique(brief.authors.map(\.value)).map { id in
            Feed.Author(name: site.people[id]?.name ?? id, url: scheme.absolute(URLScheme.person(id)))
        }
        return Feed.Entry(
            id: url, url: url, title: brief.title,
            summary: brief.summary ?? brief.subtitle ?? brief.title,
            published: brief.date, updated: brief.lastModified, authors: authors,
            categories: SiteResolver.unique(brief.topics).map { (term: site.config.termSlug($0, kind: "topics"), label: $0) },
            image: site.heroImages[brief.slug].map(scheme.absolute),
            language: brief.language)
    }
}
