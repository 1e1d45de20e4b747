import Foundation

/// A JSON Feed 1.1 document (https://jsonfeed.org/version/1.1), encoded with sorted keys.
struct JSONFeed: Encodable, Sendable {
    struct Author: Encodable, Sendable {
        var name: String
        var url: String?
    }

    struct Item: Encodable, Sendable {
        var id: String
        var url: String
        var title: String
        var summary: String
        /// JSON Feed requires content; a brief's feed content is its summary.
        var contentText: String
        var datePublished: String
        var dateModified: String
        var authors: [Author]
        var tags: [String]?
        var image: String?
        var language: String?

        enum CodingKeys: String, CodingKey {
            case id, url, title, summary, authors, tags, image, language
            case contentText = "content_text"
            case datePublished = "date_published"
            case dateModified = "date_modified"
        }
    }

    var version = "https://jsonfeed.org/version/1.1"
    var title: String
    var homePageURL: String
    var feedURL: String
    var description: String?
    var icon: String?
    var favicon: String?
    var language: String
    var authors: [Author]
    var items: [Item]

    enum CodingKeys: String, CodingKey {
        case version, title, description, icon, favicon, language, authors, items
        case homePageURL = "home_page_url"
        case feedURL = "feed_url"
    }

    init(_ feed: Feed) {
        title = feed.title
        homePageURL = feed.homeURL
        feedURL = feed.jsonURL
        description = feed.description
        icon = feed.logoURL
        favicon = feed.iconURL
        language = feed.language
        authors = [Author(name: feed.author.name, url: feed.author.url)]
        items = feed.entries.map { entry in
            Item(id: entry.id, url: entry.url, title: entry.title, summary: entry.summary,
                 contentText: entry.summary, datePublished: entry.published.rfc3339,
                 dateModified: entry.updated.rfc3339,
                 authors: entry.authors.map { Author(name: $0.name, url: $0.url) },
                 tags: entry.categories.isEmpty ? nil : entry.categories.map(\.label),
                 image: entry.image, language: entry.language)
        }
    }

    static func render(_ feed: Feed) -> Data {
        var w = JSONWriter(pretty: true)
        JSONFeed(feed).write(to: &w)
        return Data(w.bytes + [0x0A])
    }
}
