/// The feed written field by field, keys in sorted order (`JSONWriter`): the same bytes as
/// `JSONText.encode(feed)`, without `Encodable`.
extension JSONFeed {
    func write(to w: inout JSONWriter) {
        w.object { w in
            w.field("authors", array: { w in for author in authors { author.write(to: &w) } })
            w.field("description", description)
            w.field("favicon", favicon)
            w.field("feed_url", feedURL)
            w.field("home_page_url", homePageURL)
            w.field("icon", icon)
            w.field("items", array: { w in for item in items { item.write(to: &w) } })
            w.field("language", language)
            w.field("title", title)
            w.field("version", version)
        }
    }
}

extension JSONFeed.Item {
    func write(to w: inout JSONWriter) {
        w.object { w in
            w.field("authors", array: { w in for author in authors { author.write(to: &w) } })
            w.field("content_text", contentText)
            w.field("date_modified", dateModified)
            w.field("date_published", datePublished)
            w.field("id", id)
            w.field("image", image)
            w.field("language", language)
            w.field("summary", summary)
            w.field("tags", tags)
            w.field("title", title)
            w.field("url", url)
        }
    }
}

extension JSONFeed.Author {
    func write(to w: inout JSONWriter) {
        w.object { w in
            w.field("name", name)
            w.field("url", url)
        }
    }
}
