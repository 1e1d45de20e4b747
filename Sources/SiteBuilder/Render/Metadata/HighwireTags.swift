/// Highwire Press `citation_*` tags, read by Google Scholar and by Zotero's Embedded Metadata
/// translator, which saves a page carrying `citation_technical_report_institution` as a report.
/// Only authors are `citation_author`, in byline order; editors never are.
enum HighwireTags {
    static func tags(_ record: CitationRecord, pdfURL: String?) -> [MetaTag] {
        var tags = [MetaTag("citation_title", record.fullTitle)]
        for author in record.authors { tags.append(MetaTag("citation_author", authorName(author))) }
        tags.append(MetaTag("citation_publication_date", record.date.highwire))
        tags.append(MetaTag("citation_online_date", record.date.highwire))
        tags.append(MetaTag("citation_technical_report_institution", record.institution))
        if let number = record.number { tags.append(MetaTag("citation_technical_report_number", number)) }
        if let series = record.series { tags.append(MetaTag("citation_series_title", series)) }
        if let issn = record.issn { tags.append(MetaTag("citation_issn", issn)) }
        if let pdfURL { tags.append(MetaTag("citation_pdf_url", pdfURL)) }
        if let abstract = record.abstract { tags.append(MetaTag("citation_abstract", abstract)) }
        if !record.keywords.isEmpty {
            // Readers split this on `;`, so a keyword may not carry one of its own.
            let keywords = record.keywords.map { $0.replacingOccurrences(of: ";", with: ",") }
            tags.append(MetaTag("citation_keywords", keywords.joined(separator: "; ")))
        }
        tags.append(MetaTag("citation_language", record.language))
        if let doi = record.doi { tags.append(MetaTag("citation_doi", doi)) }
        return tags
    }

    /// "Halima Osman" when a reader splitting at the last space gets the parts right, else
    /// "García Márquez, Gabriel"; `;` would split one author into two, so it becomes `,`.
    static func authorName(_ name: PersonName) -> String {
        let written = name.splitsNaturally ? name.display : name.inverted
        return written.replacingOccurrences(of: ";", with: ",")
    }
}
