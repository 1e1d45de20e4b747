/// One output file that is not an HTML page: citation downloads, feeds, sitemap, robots.txt.
enum FileJob: Sendable {
    case citation(brief: Int, format: CitationFormat)
    case feed(FeedScope, FeedFormat)
    /// `Sitemap.paths[file]`.
    case sitemap(file: Int)
    case robots
    /// The page at `ResolvedSite.redirects[index]`'s old address.
    case redirect(Int)
    /// `_redirects`, for hosts that read it.
    case redirects

    var isRedirect: Bool {
        switch self {
        case .redirect, .redirects: return true
        default: return false
        }
    }

    /// The sitemap (which lists every language's pages), robots.txt and `_redirects`: written
    /// once, at the root, by the default language (DESIGN §7).
    var belongsToEveryLanguage: Bool {
        switch self {
        case .sitemap, .robots, .redirects: return true
        default: return false
        }
    }
}
