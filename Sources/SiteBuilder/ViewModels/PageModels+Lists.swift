import SiteModel

extension PageModels {
    /// One page of a paginated brief list.
    func list(heading: String, kind: String, intro: String?, briefs: [Int], page: Int,
              pathOf: (Int) -> String, section: String, feed: FeedScope? = nil) -> [String: Any] {
        let perPage = site.config.paginate
        let total = max(1, (briefs.count + perPage - 1) / perPage)
        let slice = Array(briefs.dropFirst((page - 1) * perPage).prefix(perPage))
        let prev = page > 1 ? scheme.url(pathOf(page - 1)) : nil
        let next = page < total ? scheme.url(pathOf(page + 1)) : nil
        let title = total > 1 ? "\(heading) (page \(page) of \(total))" : heading
        var model = PageModels.merge(
            common(title: title, description: intro ?? heading, path: pathOf(page), section: section,
                   prev: prev, next: next, feed: feed),
            ["heading": heading, "kind": kind, "count": briefs.count, "briefs": cards(slice)])
        if let intro { model["intro"] = intro }
        if total > 1 {
            var pagination: [String: Any] = [
                "current": page, "total": total,
                "pages": (1...total).map { ["number": $0, "url": scheme.url(pathOf($0)), "current": $0 == page] },
            ]
            if let prev { pagination["prev_url"] = prev }
            if let next { pagination["next_url"] = next }
            model["pagination"] = pagination
        }
        return model
    }

    static func pageCount(_ count: Int, perPage: Int) -> Int { max(1, (count + perPage - 1) / perPage) }

    /// `/topics/`, `/regions/`, `/types/`, `/archive/`.
    func terms(kind: String, heading: String, terms: [Term]) -> [String: Any] {
        PageModels.merge(
            common(title: heading, description: heading, path: URLScheme.taxonomy(kind), section: kind),
            ["heading": heading, "kind": kind, "terms": terms.map {
                ["label": $0.label, "url": scheme.url(URLScheme.term(kind, $0.slug)), "count": $0.briefs.count]
            }])
    }
}
