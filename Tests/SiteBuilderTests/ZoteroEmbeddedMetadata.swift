/// What Zotero's "Embedded Metadata" translator would save from a page's `<meta>` tags,
/// following its rules: the item type comes from the Highwire tags (a
/// `citation_technical_report_institution` makes a report) unless an RDF vocabulary (Open Graph,
/// Dublin Core…) names a definite type (og:type "article" is only a guess and does not);
/// each `citation_author` is one author unless it holds `;`, and "Last, First" is split at the
/// comma, "First Last" at the last space.
struct ZoteroEmbeddedMetadata {
    struct Creator: Equatable, CustomStringConvertible {
        var firstName: String
        var lastName: String
        var description: String { "\(lastName), \(firstName)" }
    }

    var itemType: String?
    var title: String?
    var creators: [Creator] = []
    var date: String?
    var institution: String?
    var reportNumber: String?
    var abstractNote: String?
    var doi: String?
    var language: String?
    var tags: [String] = []
    var pdfURLs: [String] = []

    static let rdfPrefixes: Set<String> = [
        "bib", "bibo", "dc", "dcterms", "prism", "foaf", "vcard", "link", "z", "eprint", "eprints", "og", "article", "book", "rdf",
    ]

    init(_ head: HTMLHead) {
        var hwType: String?
        var hwTypeGuess: String?
        var definiteRDFType: String?
        var hasRDF = false
        for (key, value) in head.metaTags {
            let delimiter = key.firstIndex { ".:_".contains($0) }
            let prefix = delimiter.map { String(key[..<$0]).lowercased() } ?? ""
            if Self.rdfPrefixes.contains(prefix) {
                hasRDF = true
                if key == "og:type" {
                    switch value {
                    case "website": definiteRDFType = "webpage"
                    case "book": definiteRDFType = "book"
                    case let v where v.hasPrefix("video."): definiteRDFType = "videoRecording"
                    case let v where v.hasPrefix("music."): definiteRDFType = "audioRecording"
                    default: break // "article" is only a guess (journalArticle), below the Highwire type
                    }
                }
                continue
            }
            guard let range = key.range(of: "citation_", options: .backwards) else { continue }
            switch String(key[range.lowerBound...]) {
            case "citation_journal_title": hwType = "journalArticle"
            case "citation_technical_report_institution": hwType = "report"
            case "citation_conference_title", "citation_conference": hwType = "conferencePaper"
            case "citation_book_title": hwType = "bookSection"
            case "citation_dissertation_institution": hwType = "thesis"
            case "citation_title", "citation_series_title": hwTypeGuess = hwTypeGuess ?? "journalArticle"
            case "citation_isbn": hwTypeGuess = "book"
            default: break
            }
        }
        let defaultType = hwType ?? hwTypeGuess ?? (hasRDF ? "webpage" : nil)
        itemType = definiteRDFType ?? defaultType

        title = head.value("citation_title")
        date = head.value("citation_publication_date") ?? head.value("citation_date") ?? head.value("citation_online_date")
        institution = head.value("citation_technical_report_institution")
        reportNumber = head.value("citation_technical_report_number")
        abstractNote = head.value("citation_abstract")
        doi = head.value("citation_doi")
        language = head.value("citation_language")
        for value in head.values("citation_author") + head.values("citation_authors") {
            var authors = value.split(separator: ";").map { $0.trimmingCharacters(in: .whitespaces) }
            if authors.count == 1 {
                let byComma = authors[0].split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }
                if byComma.count > 1, byComma[0].contains(" "), byComma[1].contains(" ") { authors = byComma }
            }
            creators += authors.filter { !$0.isEmpty }.map(Self.cleanAuthor)
        }
        for value in head.values("citation_keywords") {
            tags += value.split(separator: ";").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        }
        pdfURLs = head.values("citation_pdf_url")
    }

    /// Zotero.Utilities.cleanAuthor for an author name.
    static func cleanAuthor(_ name: String) -> Creator {
        if let comma = name.firstIndex(of: ",") {
            return Creator(firstName: name[name.index(after: comma)...].trimmingCharacters(in: .whitespaces),
                           lastName: name[..<comma].trimmingCharacters(in: .whitespaces))
        }
        let words = name.split(separator: " ")
        return Creator(firstName: words.dropLast().joined(separator: " "), lastName: words.last.map(String.init) ?? "")
    }
}

import Foundation
