/// The report written field by field, keys in sorted order (`JSONWriter`): the same bytes as
/// `JSONText.scriptSafe(report)`, without `Encodable`.
extension JSONLDReport {
    /// For `<script type="application/ld+json">`.
    var scriptSafeJSON: String {
        var w = JSONWriter(pretty: false, scriptSafe: true)
        write(to: &w)
        return String(decoding: w.bytes, as: UTF8.self)
    }

    func write(to w: inout JSONWriter) {
        w.object { w in
            w.field("@context", context)
            w.field("@id", id)
            w.field("@type", type)
            if let about { w.field("about", array: { w in for thing in about { thing.write(to: &w) } }) }
            w.field("alternativeHeadline", alternativeHeadline)
            w.field("author", array: { w in for person in author { person.write(to: &w) } })
            if let correction { w.field("correction", array: { w in for c in correction { c.write(to: &w) } }) }
            w.field("dateModified", dateModified)
            w.field("datePublished", datePublished)
            w.field("description", description)
            if let editor { w.field("editor", array: { w in for person in editor { person.write(to: &w) } }) }
            if let encoding {
                w.field("encoding", object: { w in
                    w.field("@type", encoding.type)
                    w.field("contentUrl", encoding.contentUrl)
                    w.field("encodingFormat", encoding.encodingFormat)
                })
            }
            w.field("genre", genre)
            w.field("headline", headline)
            if let identifier {
                w.field("identifier", object: { w in
                    w.field("@type", identifier.type)
                    w.field("propertyID", identifier.propertyID)
                    w.field("value", identifier.value)
                })
            }
            w.field("image", image)
            w.field("inLanguage", inLanguage)
            w.field("isAccessibleForFree", isAccessibleForFree)
            if let isPartOf {
                w.field("isPartOf", object: { w in
                    w.field("@type", isPartOf.type)
                    w.field("issn", isPartOf.issn)
                    w.field("name", isPartOf.name)
                })
            }
            w.field("keywords", keywords)
            w.field("mainEntityOfPage", mainEntityOfPage)
            w.field("name", name)
            w.field("publisher", object: { w in publisher.writeMembers(to: &w) })
            w.field("reportNumber", reportNumber)
            w.field("sameAs", sameAs)
            if let sourceOrganization { w.field("sourceOrganization", object: { w in sourceOrganization.writeMembers(to: &w) }) }
            w.field("url", url)
            w.field("wordCount", wordCount)
        }
    }
}

extension JSONLDReport.Person {
    func write(to w: inout JSONWriter) {
        w.object { w in
            w.field("@type", type)
            w.field("familyName", familyName)
            w.field("givenName", givenName)
            w.field("name", name)
            w.field("sameAs", sameAs)
            w.field("url", url)
        }
    }
}

extension JSONLDReport.Organization {
    func writeMembers(to w: inout JSONWriter) {
        w.field("@type", type)
        if let logo {
            w.field("logo", object: { w in
                w.field("@type", logo.type)
                w.field("url", logo.url)
            })
        }
        w.field("name", name)
        w.field("url", url)
    }
}

extension JSONLDReport.Thing {
    func write(to w: inout JSONWriter) {
        w.object { w in
            w.field("@type", type)
            w.field("name", name)
        }
    }
}

extension JSONLDReport.Correction {
    func write(to w: inout JSONWriter) {
        w.object { w in
            w.field("@type", type)
            w.field("datePublished", datePublished)
            w.field("text", text)
        }
    }
}
