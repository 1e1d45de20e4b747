/// `cite.ris`: one RIS record of type RPRT (report). Each line is `TAG  - value` ending in CRLF;
/// values are single lines, so line breaks in front matter become spaces. Tags follow Zotero's
/// RIS mapping for reports (PB institution, CY place, M3 report type, SN report number).
/// Editors are left out: RIS has no editor tag that readers take as an editor of a report.
enum RISFormat {
    static func render(_ record: CitationRecord) -> String {
        var lines: [(String, String)] = [("TY", "RPRT")]
        for author in record.authors {
            lines.append(("AU", author.inverted))
        }
        lines.append(("TI", record.fullTitle))
        lines.append(("PY", String(record.date.year)))
        lines.append(("DA", record.date.highwire))
        lines.append(("PB", record.institution))
        if let place = record.place { lines.append(("CY", place)) }
        lines.append(("M3", record.typeLabel))
        if let number = record.number { lines.append(("SN", number)) }
        if let series = record.series { lines.append(("T3", series)) }
        if let abstract = record.abstract { lines.append(("AB", abstract)) }
        for keyword in record.keywords { lines.append(("KW", keyword)) }
        lines.append(("LA", record.language))
        if let doi = record.doi { lines.append(("DO", doi)) }
        lines.append(("UR", record.url))
        lines.append(("ER", ""))
        return lines.map { tag, value in "\(tag)  - " + singleLine(value) }.joined(separator: "\r\n") + "\r\n"
    }

    static func singleLine(_ s: String) -> String {
        s.split(whereSeparator: \.isNewline).joined(separator: " ")
    }
}
