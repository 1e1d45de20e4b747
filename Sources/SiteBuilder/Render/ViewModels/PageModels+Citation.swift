import SiteModel

extension PageModels {
    /// The bibliographic record of a brief, shared by its page metadata and its cite files.
    func citationRecord(_ index: Int) -> CitationRecord {
        index < shared.records.count ? shared.records[index] : makeCitationRecord(index)
    }

    func makeCitationRecord(_ index: Int) -> CitationRecord {
        let brief = site.briefs[index]
        let authors = SiteResolver.unique(brief.authors.map(\.value)).map(personName)
        let editors = SiteResolver.unique(brief.editors.map(\.value)).map(personName)
        var seen: Set<String> = []
        let keywords = (brief.topics + brief.keywords).filter { seen.insert($0.lowercased()).inserted }
        let organisation = site.config.organisation
        let type = site.config.type(id: site.typeID(of: brief))
        var record = CitationRecord(
            title: brief.title, subtitle: brief.subtitle, authors: authors, editors: editors,
            date: brief.date, updated: brief.updated, institution: organisation.name, place: organisation.place,
            typeLabel: site.typeLabel(of: brief), number: brief.number,
            url: scheme.absolute(URLScheme.brief(brief.slug)), doi: brief.doi, abstract: brief.summary,
            language: brief.language ?? site.config.language, keywords: keywords,
            key: CitationRecord.key(family: authors.first?.family, year: brief.date.year, title: brief.title))
        record.series = type?.series
        record.issn = type?.issn
        return record
    }

    func personName(_ id: String) -> PersonName {
        site.people[id].map(PersonName.init) ?? PersonName(display: id, family: id, given: nil)
    }

    /// `cite`: the Chicago note and bibliography entry, and the download links.
    func citeModel(_ index: Int, _ record: CitationRecord) -> [String: Any] {
        let chicago = ChicagoCitation(record, punctuation: .init(
            comma: strings["citation_comma"], and: strings["citation_and"], serialAnd: strings["citation_serial_and"],
            etAl: strings["citation_et_al"]))
        let slug = site.briefs[index].slug
        return [
            "note_html": ChicagoCitation.html(chicago.note), "note_text": ChicagoCitation.text(chicago.note),
            "bibliography_html": ChicagoCitation.html(chicago.bibliography),
            "bibliography_text": ChicagoCitation.text(chicago.bibliography),
            "bib_url": scheme.url(URLScheme.cite(slug, .bib)), "ris_url": scheme.url(URLScheme.cite(slug, .ris)),
            "json_url": scheme.url(URLScheme.cite(slug, .json)),
        ]
    }
}
