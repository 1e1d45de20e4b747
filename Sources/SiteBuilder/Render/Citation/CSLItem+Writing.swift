/// `cite.json` written field by field, keys in sorted order (`JSONWriter`): the same bytes as
/// `JSONText.encode([item])`, without `Encodable`.
extension CSLItem {
    func write(to w: inout JSONWriter) {
        w.object { w in
            w.field("DOI", doi)
            w.field("ISSN", issn)
            w.field("URL", url)
            w.field("abstract", abstract)
            w.field("author", array: { w in for name in author { name.write(to: &w) } })
            w.field("collection-title", collectionTitle)
            if let editor { w.field("editor", array: { w in for name in editor { name.write(to: &w) } }) }
            w.field("genre", genre)
            w.field("id", id)
            w.field("issued", object: { w in
                w.field("date-parts", array: { w in
                    for parts in issued.dateParts { w.array { w in for part in parts { w.int(part) } } }
                })
            })
            w.field("keyword", keyword)
            w.field("language", language)
            w.field("number", number)
            w.field("publisher", publisher)
            w.field("publisher-place", publisherPlace)
            w.field("title", title)
            w.field("type", type)
        }
    }
}

extension CSLItem.Name {
    func write(to w: inout JSONWriter) {
        w.object { w in
            w.field("family", family)
            w.field("given", given)
            w.field("literal", literal)
        }
    }
}
