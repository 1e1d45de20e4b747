import SiteModel

extension PageModels {
    /// `meta`: what the brief's `<head>` tells scholarly search engines, reference managers
    /// and link previews: Highwire tags, Open Graph and Twitter tags, and JSON-LD.
    func metaModel(_ index: Int, _ record: CitationRecord, description: String?, wordCount: Int,
                   hasPDF: Bool) -> [String: Any] {
        let brief = site.briefs[index]
        let pdfURL = hasPDF ? scheme.absolute(URLScheme.pdf(brief.slug)) : nil
        // JSON-LD names the hero itself; link previews get the share card when there is one.
        let hero = brief.image.flatMap { image in
            site.heroImages[brief.slug].map { OpenGraphTags.Image(url: scheme.absolute($0), alt: image.alt) }
        }
        let image = shareImage(index)
        let authorIDs = SiteResolver.unique(brief.authors.map(\.value))
        let centre = brief.centre.flatMap { site.centres[$0.value] }
        let topics = SiteResolver.unique(brief.topics)
        let openGraph = OpenGraphTags.article(
            image: image, published: brief.date, modified: brief.lastModified,
            authorURLs: authorIDs.map { scheme.absolute(URLScheme.person($0)) },
            section: centre?.name ?? site.typeLabel(of: brief), tags: topics)
        let twitter = OpenGraphTags.twitter(title: brief.title, description: description, image: image)
        let citation = HighwireTags.tags(record, pdfURL: pdfURL)
        let tagsHTML = citation.map { $0.html(as: "name") } + openGraph.map { $0.html(as: "property") }
            + twitter.map { $0.html(as: "name") }
        return [
            "citation": citation.map { $0.model(as: "name") },
            "open_graph": openGraph.map { $0.model(as: "property") },
            "twitter": twitter.map { $0.model(as: "name") },
            "tags_html": tagsHTML.joined(separator: "\n"),
            "json_ld": jsonLD(index, record, image: hero ?? image, pdfURL: pdfURL, wordCount: wordCount).scriptSafeJSON,
        ]
    }

    func jsonLD(_ index: Int, _ record: CitationRecord, image: OpenGraphTags.Image?, pdfURL: String?,
                wordCount: Int) -> JSONLDReport {
        let brief = site.briefs[index]
        let centre = brief.centre.flatMap { id in site.centres[id.value].map { (id.value, $0) } }
        let editors = SiteResolver.unique(brief.editors.map(\.value)).map(jsonLDPerson)
        return JSONLDReport(
            id: record.url, url: record.url, mainEntityOfPage: record.url,
            headline: brief.title, alternativeHeadline: brief.subtitle, name: record.fullTitle,
            description: brief.summary,
            author: SiteResolver.unique(brief.authors.map(\.value)).map(jsonLDPerson),
            editor: editors.isEmpty ? nil : editors,
            datePublished: brief.date.iso, dateModified: brief.lastModified.iso,
            publisher: .init(name: site.config.organisation.name, url: scheme.baseURL,
                             logo: .init(url: scheme.absolute(site.logoPath))),
            sourceOrganization: centre.map { .init(name: $0.1.name, url: scheme.absolute(URLScheme.centre($0.0))) },
            reportNumber: brief.number, genre: site.typeLabel(of: brief),
            about: brief.topics.isEmpty ? nil : SiteResolver.unique(brief.topics).map { .init(name: $0) },
            keywords: record.keywords.isEmpty ? nil : record.keywords,
            image: image?.url, inLanguage: record.language,
            identifier: brief.doi.map { .init(propertyID: "DOI", value: $0) },
            sameAs: brief.doi.map { "https://doi.org/" + $0 },
            encoding: pdfURL.map { .init(contentUrl: $0, encodingFormat: "application/pdf") },
            wordCount: wordCount,
            correction: brief.corrections.isEmpty ? nil : brief.corrections.map {
                .init(datePublished: $0.date.iso, text: CorrectionText.plain($0.text))
            },
            isPartOf: record.series.map { .init(name: $0, issn: record.issn) })
    }

    func jsonLDPerson(_ id: String) -> JSONLDReport.Person {
        let name = personName(id)
        return JSONLDReport.Person(
            name: name.display, givenName: name.given, familyName: name.given == nil ? nil : name.family,
            url: scheme.absolute(URLScheme.person(id)),
            sameAs: site.people[id]?.orcid.map { "https://orcid.org/" + $0 })
    }
}
