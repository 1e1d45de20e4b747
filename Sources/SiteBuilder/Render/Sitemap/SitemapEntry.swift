import SiteModel

/// One URL in the sitemap, with the date its content last changed when that is known.
struct SitemapEntry: Sendable, Hashable {
    /// Absolute URL.
    var loc: String
    var lastmod: SimpleDate?
}
