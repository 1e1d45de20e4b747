/// An Atom feed (RFC 4287). Every piece of text passes through XMLEscape; dates are RFC 3339.
enum AtomFeed {
    /// What a feed with no entries says it was updated (RFC 4287 requires `updated`, and a
    /// build time would make output differ from run to run).
    static let emptyFeedUpdated = "1970-01-01T00:00:00Z"

    static func render(_ feed: Feed) -> String {
        let e = XMLEscape.text
        var x = "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n"
        x += "<feed xmlns=\"http://www.w3.org/2005/Atom\" xml:lang=\"\(e(feed.language))\">\n"
        x += "  <id>\(e(feed.atomURL))</id>\n"
        x += "  <title type=\"text\">\(e(feed.title))</title>\n"
        if let description = feed.description { x += "  <subtitle type=\"text\">\(e(description))</subtitle>\n" }
        x += "  <updated>\(feed.updated?.rfc3339 ?? emptyFeedUpdated)</updated>\n"
        x += "  <link rel=\"self\" type=\"application/atom+xml\" href=\"\(e(feed.atomURL))\"/>\n"
        x += "  <link rel=\"alternate\" type=\"text/html\" href=\"\(e(feed.homeURL))\"/>\n"
        x += author(feed.author, indent: "  ")
        x += "  <generator>Imprint</generator>\n"
        if let icon = feed.iconURL { x += "  <icon>\(e(icon))</icon>\n" }
        if let logo = feed.logoURL { x += "  <logo>\(e(logo))</logo>\n" }
        for entry in feed.entries {
            x += "  <entry>\n"
            x += "    <id>\(e(entry.id))</id>\n"
            x += "    <title type=\"text\">\(e(entry.title))</title>\n"
            x += "    <link rel=\"alternate\" type=\"text/html\" href=\"\(e(entry.url))\"/>\n"
            x += "    <published>\(entry.published.rfc3339)</published>\n"
            x += "    <updated>\(entry.updated.rfc3339)</updated>\n"
            for a in entry.authors { x += author(a, indent: "    ") }
            for c in entry.categories {
                x += "    <category term=\"\(e(c.term))\" label=\"\(e(c.label))\"/>\n"
            }
            x += "    <summary type=\"text\">\(e(entry.summary))</summary>\n"
            x += "  </entry>\n"
        }
        x += "</feed>\n"
        return x
    }

    static func author(_ author: Feed.Author, indent: String) -> String {
        let e = XMLEscape.text
        var x = indent + "<author>\n" + indent + "  <name>\(e(author.name))</name>\n"
        if let url = author.url { x += indent + "  <uri>\(e(url))</uri>\n" }
        return x + indent + "</author>\n"
    }
}
