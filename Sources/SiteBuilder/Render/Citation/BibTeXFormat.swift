/// `cite.bib`: one `@techreport` entry. The title is wrapped in an extra pair of braces so
/// bibliography styles keep its capitalisation; a one-word (organisational) author too.
enum BibTeXFormat {
    static let months = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"]

    static func render(_ record: CitationRecord) -> String {
        var fields: [(String, String)] = [
            ("author", record.authors.map(author).joined(separator: " and ")),
            ("title", "{" + TeXEscape.text(record.fullTitle) + "}"),
            ("institution", TeXEscape.text(record.institution)),
            ("year", String(record.date.year)),
        ]
        var raw: Set<String> = []
        fields.append(("month", months[record.date.month - 1]))
        raw.insert("month")
        fields.append(("type", TeXEscape.text(record.typeLabel)))
        if let number = record.number { fields.append(("number", TeXEscape.text(number))) }
        if let series = record.series { fields.append(("series", TeXEscape.text(series))) }
        if let issn = record.issn { fields.append(("issn", issn)) }
        if let place = record.place { fields.append(("address", TeXEscape.text(place))) }
        fields.append(("url", record.url.filter { $0 != "{" && $0 != "}" }))
        // url and doi are verbatim fields in biblatex: written as they are, only braces removed.
        if let doi = record.doi { fields.append(("doi", doi.filter { $0 != "{" && $0 != "}" })) }
        if let abstract = record.abstract { fields.append(("abstract", TeXEscape.text(abstract))) }
        if !record.keywords.isEmpty { fields.append(("keywords", TeXEscape.text(record.keywords.joined(separator: ", ")))) }
        fields.append(("language", TeXEscape.text(record.language)))

        let width = fields.map(\.0.count).max() ?? 0
        let body = fields.map { name, value in
            let padded = name + String(repeating: " ", count: width - name.count)
            // Month macros (jan, feb, …) are written bare so styles can localise them.
            return "  \(padded) = " + (raw.contains(name) ? value : "{" + value + "}")
        }
        return "@techreport{" + record.key + ",\n" + body.joined(separator: ",\n") + "\n}\n"
    }

    /// "{Osman}, Halima": the family name braced so BibTeX takes it whole (particles, " and ");
    /// a name with no given part is braced entirely so BibTeX does not split it.
    static func author(_ name: PersonName) -> String {
        guard let given = name.given else { return "{" + TeXEscape.text(name.display) + "}" }
        return "{" + TeXEscape.text(name.family) + "}, " + TeXEscape.text(given)
    }
}
