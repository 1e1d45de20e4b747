import SiteModel

/// One feed, independent of format: what AtomFeed and JSONFeed write. Every URL is absolute.
struct Feed: Sendable {
    struct Author: Sendable, Hashable {
        var name: String
        var url: String?
    }

    struct Entry: Sendable {
        /// Permanent id: the brief's absolute URL.
        var id: String
        var url: String
        var title: String
        var summary: String
        var published: SimpleDate
        /// The brief's `updated` date, or its publication date.
        var updated: SimpleDate
        var authors: [Author]
        /// Topics: slug and label.
        var categories: [(term: String, label: String)]
        var image: String?
        var language: String?
    }

    var title: String
    var description: String?
    /// The institute's logo and favicon, absolute.
    var logoURL: String?
    var iconURL: String?
    /// The page the feed belongs to.
    var homeURL: String
    var atomURL: String
    var jsonURL: String
    var language: String
    /// The organisation: the feed-level author, so every Atom entry has one.
    var author: Author
    /// Newest `updated` of the entries; nil for a feed with no entries.
    var updated: SimpleDate?
    var entries: [Entry]
}
