import SiteModel

/// One URL in the sitemap, with the date its content last changed when that is known.
struct SitemapEntry: Sendable, Hashable {
    /// Absolute URL.
    var loc: String
    var lastmod: SimpleDate?
    /// The page in the site's other languages (DESIGN §7), with `x-default`.
    var alternates: [Alternate] = []

    struct Alternate: Sendable, Hashable {
        var hreflang: String
        var href: String
    }
}
