/// Which briefs a feed carries: all of them, one centre's or one topic's.
enum FeedScope: Sendable, Hashable {
    case site
    case centre(String)
    /// A topic, by its slug.
    case topic(String)

    /// The output folder the feed files sit in; the page of the same folder links them.
    var folder: String {
        switch self {
        case .site: return URLScheme.home()
        case .centre(let id): return URLScheme.centre(id)
        case .topic(let slug): return URLScheme.term("topics", slug)
        }
    }
}
