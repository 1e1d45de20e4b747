import SiteModel

extension PageModels {
    /// One page of a paginated brief list.
    /// `briefs` is a collection, not an array: the archive passes the range of every brief,
    /// which each of its pages copied whole (the square of the site, again).
    func list(heading: String, kind: String, intro: String?, briefs: some RandomAccessCollection<Int>, page: Int,
              pathOf: (Int) -> String, section: String, feed: FeedScope? = nil) -> [String: Any] {
        let perPage = site.config.paginate
        let total = max(1, (briefs.count + perPage - 1) / perPage)
        let slice = Array(briefs.dropFirst((page - 1) * perPage).prefix(perPage))
        let prev = page > 1 ? scheme.url(pathOf(page - 1)) : nil
        let next = page < total ? scheme.url(pathOf(page + 1)) : nil
        let pageOf = strings.format("page_of", ["current": String(page), "total": String(total)])
        let title = total > 1 ? "\(heading) (\(pageOf))" : heading
        var model = PageModels.merge(
            common(title: title, description: intro ?? heading, path: pathOf(page), section: section,
                   prev: prev, next: next, feed: feed),
            ["heading": heading, "kind": kind, "count": briefs.count, "briefs": cards(slice)])
        if let intro { model["intro"] = intro }
        if total > 1 {
            var pagination: [String: Any] = [
                "current": page, "total": total, "page_of": pageOf,
                "pages": Self.pageWindow(current: page, total: total).map { number -> [String: Any] in
                    guard let number else { return ["gap": true, "number": Self.absent, "url": Self.absent, "current": false] }
                    return ["gap": false, "number": number, "url": scheme.url(pathOf(number)), "current": number == page]
                },
            ]
            if let prev { pagination["prev_url"] = prev }
            if let next { pagination["next_url"] = next }
            model["pagination"] = pagination
        }
        return model
    }

    static func pageCount(_ count: Int, perPage: Int) -> Int { max(1, (count + perPage - 1) / perPage) }

    /// The page numbers a list links to: all of them when there are few; otherwise the first,
    /// the last and two either side of the current one, with nil for each run left out
    /// (`1 … 5 6 7 8 9 … 500`). Linking every page made each of 500 pages of a 10,000-brief
    /// archive carry 500 links, so that rendering lists grew with the square of the site.
    static func pageWindow(current: Int, total: Int, radius: Int = 2) -> [Int?] {
        guard total > 2 * radius + 5 else { return Array(1...total) }
        let shown = Set([1, total] + ((current - radius)...(current + radius)).filter { $0 >= 1 && $0 <= total })
        var window: [Int?] = []
        var previous = 0
        for number in shown.sorted() {
            if number == previous + 2 { window.append(previous + 1) }  // a gap of one page: show it
            else if number > previous + 2 { window.append(nil) }
            window.append(number)
            previous = number
        }
        return window
    }

    /// `/topics/`, `/regions/`, `/types/`, `/archive/`.
    func terms(kind: String, heading: String, terms: [Term]) -> [String: Any] {
        PageModels.merge(
            common(title: heading, description: heading, path: URLScheme.taxonomy(kind), section: kind),
            ["heading": heading, "kind": kind, "terms": terms.map {
                ["label": $0.label, "url": scheme.url(URLScheme.term(kind, $0.slug)), "count": $0.briefs.count]
            }])
    }
}
