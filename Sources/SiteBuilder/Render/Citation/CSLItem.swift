import Foundation

/// `cite.json`: the brief as CSL-JSON (the Citation Style Language's input format, read by
/// Zotero, Pandoc and citeproc), an array holding one item of type `report`.
struct CSLItem: Encodable, Sendable {
    struct Name: Encodable, Sendable {
        var family: String?
        var given: String?
        /// A name without a separable given part, cited as written.
        var literal: String?

        init(_ name: PersonName) {
            if let given = name.given {
                family = name.family
                self.given = given
            } else {
                literal = name.display
            }
        }
    }

    struct DateParts: Encodable, Sendable {
        var dateParts: [[Int]]
        enum CodingKeys: String, CodingKey { case dateParts = "date-parts" }
    }

    var id: String
    var type = "report"
    var title: String
    var author: [Name]
    var editor: [Name]?
    var issued: DateParts
    var publisher: String
    var publisherPlace: String?
    /// The report type, "Issue Brief".
    var genre: String
    var number: String?
    var collectionTitle: String?
    var issn: String?
    var url: String
    var doi: String?
    var abstract: String?
    var language: String
    var keyword: String?

    enum CodingKeys: String, CodingKey {
        case id, type, title, author, editor, issued, publisher, genre, number, abstract, language, keyword
        case publisherPlace = "publisher-place"
        case collectionTitle = "collection-title"
        case issn = "ISSN"
        case url = "URL"
        case doi = "DOI"
    }

    init(_ record: CitationRecord) {
        id = record.key
        title = record.fullTitle
        author = record.authors.map(Name.init)
        editor = record.editors.isEmpty ? nil : record.editors.map(Name.init)
        issued = DateParts(dateParts: [[record.date.year, record.date.month, record.date.day]])
        publisher = record.institution
        publisherPlace = record.place
        genre = record.typeLabel
        number = record.number
        collectionTitle = record.series
        issn = record.issn
        url = record.url
        doi = record.doi
        abstract = record.abstract
        language = record.language
        keyword = record.keywords.isEmpty ? nil : record.keywords.joined(separator: ", ")
    }

    /// The file: a one-item array, pretty-printed with sorted keys.
    static func render(_ record: CitationRecord) -> Data {
        var w = JSONWriter(pretty: true)
        w.array { w in CSLItem(record).write(to: &w) }
        return Data(w.bytes + [0x0A])
    }
}
