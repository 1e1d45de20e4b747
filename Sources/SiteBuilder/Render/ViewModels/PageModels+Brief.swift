import Foundation
import MarkdownRender
import PDFExport
import SiteModel

extension PageModels {
    /// Words per minute for the reading-time estimate.
    static let wordsPerMinute = 230

    /// The id prefix of a brief's notes: unique per brief, so two can share a page.
    static func idPrefix(_ slug: String) -> String { slug }

    /// Ids the brief template itself uses; headings never take them.
    static let reservedIDs: Set<String> = [
        "main", "top", "toc-heading", "imprint-disclaimer-heading", "imprint-cite", "imprint-cite-heading",
        "imprint-cite-note", "imprint-cite-bibliography", "imprint-cite-status", "imprint-related-heading",
        "imprint-corrections-heading",
    ]

    func brief(_ index: Int, _ bodies: PageBodies) -> [String: Any] {
        brief(index, rendered: bodies.content.briefs[index], pdf: bodies.pdfs[site.briefs[index].slug])
    }

    /// The brief's page with its body and published PDF given, for a build that renders the
    /// page as soon as the body is rendered (SiteBuild's streamed run) and keeps only its facts.
    func brief(_ index: Int, rendered: RenderedMarkdown, pdf: PDFArtifact?) -> [String: Any] {
        let brief = site.briefs[index]
        let path = URLScheme.brief(brief.slug)
        let common = common(title: brief.title, description: brief.summary ?? brief.subtitle, path: path, section: "briefs")
        var model = PageModels.merge(common, card(index))
        model["id_prefix"] = PageModels.idPrefix(brief.slug)
        if let updated = brief.updated {
            model["updated"] = dates.display(updated)
            model["updated_iso"] = updated.iso
        }
        let editorIDs = SiteResolver.unique(brief.editors.map(\.value))
        if !editorIDs.isEmpty {
            model["editors"] = editorIDs.enumerated().map { personLink($0.element, position: $0.offset, count: editorIDs.count) }
            model["editors_line"] = strings.format("edited_by", ["names": strings.join(names(brief.editors))])
            model["editors_html"] = linkedNames(editorIDs)
            model["edited_by_html"] = strings.formatHTML("edited_by", ["names": linkedNames(editorIDs)], escape: TemplateEscaping.escape)
        }
        if let image = brief.image, let src = site.heroImages[brief.slug] {
            var imageModel: [String: Any] = ["src": scheme.url(src), "alt": image.alt]
            if let size = images.size(at: src) {
                imageModel["width"] = size.width
                imageModel["height"] = size.height
                if let srcset = images.srcset(src: scheme.url(src), path: src, size: size) {
                    imageModel["srcset"] = srcset
                    imageModel["sizes"] = ImageVariants.heroSizes
                }
            }
            if let credit = image.credit {
                imageModel["credit"] = credit
                imageModel["credit_line"] = strings.format("source", ["credit": credit])
            }
            model["image"] = imageModel
        }
        let toc = Self.tableOfContents(rendered.headings)
        if !toc.isEmpty { model["toc"] = toc }
        let body = images.annotate(rendered, pagePath: path)
        model["body"] = body.html
        model["body_with_sidenotes"] = Sidenotes.insert(into: body.html, blocks: body.blocks,
                                                        cited: MarkedBody(rendered: rendered).notesByBlock, notes: rendered.notes)
        model["notes"] = rendered.notesHTML
        model["has_notes"] = !rendered.notes.isEmpty
        model["note_count"] = rendered.notes.count
        if let disclaimer = disclaimerText(brief) { model["disclaimer"] = disclaimer }
        model["disclaimer_at_top"] = site.config.disclaimerAtTop
        if let type = site.config.type(id: site.typeID(of: brief)), let series = type.series {
            model["series"] = ["title": series, "issn": type.issn ?? Self.absent] as [String: Any]
        }
        if !brief.corrections.isEmpty {
            let renderer = CorrectionText(site.config.markdownOptions(rootPath: scheme.basePath, strings: strings))
            model["corrections"] = brief.corrections.enumerated().map { i, correction in
                ["date": dates.display(correction.date), "date_iso": correction.date.iso,
                 "html": renderer.html(correction.text, number: i + 1)] as [String: Any]
            }
            model["corrections_heading"] = strings[brief.corrections.count == 1 ? "correction" : "corrections"]
        }
        let topics = termLinks(brief.topics, kind: "topics")
        let regions = termLinks(brief.regions, kind: "regions")
        if !topics.isEmpty { model["topics"] = topics }
        if !regions.isEmpty { model["regions"] = regions }
        model["topics_title"] = taxonomyTitle("topics")
        model["regions_title"] = taxonomyTitle("regions")
        // The site's own taxonomies, in site.yaml's order, each with the brief's terms.
        let declared: [[String: Any]] = site.config.taxonomies.dropFirst(Taxonomy.builtIn.count).compactMap { taxonomy in
            let links = termLinks(brief.terms[taxonomy.name] ?? [], kind: taxonomy.name)
            return links.isEmpty ? nil : ["name": taxonomy.name, "title": taxonomy.title, "filter": taxonomy.singular.lowercased(), "terms": links]
        }
        if !declared.isEmpty { model["taxonomies"] = declared }
        model["share"] = ShareLinks.links(title: brief.title, url: scheme.absolute(URLScheme.brief(brief.slug)), email: strings["share_email"])
        model["word_count"] = rendered.wordCount
        let minutes = max(1, (rendered.wordCount + Self.wordsPerMinute / 2) / Self.wordsPerMinute)
        model["reading_minutes"] = minutes
        model["reading_time"] = strings.format("minutes", ["n": String(minutes)])
        if let doi = brief.doi {
            model["doi"] = doi
            model["doi_url"] = "https://doi.org/" + doi
        }
        if !brief.keywords.isEmpty { model["keywords"] = brief.keywords }
        if let language = brief.language, language != site.config.language {
            model["language"] = language
            // Its own direction too: an English brief on an Urdu site reads left to right.
            model["direction"] = (site.config.language(language) ?? Language(code: language)).direction.rawValue
        }
        if let pdf {
            model["pdf_url"] = scheme.url(URLScheme.pdf(brief.slug))
            model["pdf_absolute_url"] = scheme.absolute(URLScheme.pdf(brief.slug))
            model["pdf_size"] = Self.byteSize(pdf.bytes)
            if let pages = pdf.pages {
                model["pdf_pages"] = pages
                model["pdf_pages_label"] = pages == 1 ? strings["pdf_page"] : strings.format("pdf_pages", ["n": String(pages)])
            }
        }
        let record = citationRecord(index)
        model["cite"] = citeModel(index, record)
        let description = (common["page"] as? [String: Any])?["description"] as? String
        model["meta"] = metaModel(index, record, description: description, wordCount: rendered.wordCount,
                                  hasPDF: pdf != nil)
        if !related[index].isEmpty { model["related"] = cards(related[index]) }
        return model
    }

    /// "840 KB", "1.4 MB" (decimal units, as file managers show them).
    static func byteSize(_ bytes: Int) -> String {
        if bytes < 1_000 { return "\(bytes) bytes" }
        if bytes < 1_000_000 { return "\(max(1, (bytes + 500) / 1_000)) KB" }
        return String(format: "%.1f MB", Double(bytes) / 1_000_000)
    }

    func disclaimerText(_ brief: Brief) -> String? {
        switch brief.disclaimer {
        case .none: return nil
        case .custom(let text): return text
        case .siteDefault: return site.config.disclaimer.isEmpty ? nil : site.config.disclaimer
        }
    }

    /// Sections (h2) with their subsections (h3), when the brief has at least three sections.
    static func tableOfContents(_ headings: [Heading]) -> [[String: Any]] {
        guard headings.count(where: { $0.level == 2 }) >= 3 else { return [] }
        var entries: [[String: Any]] = []
        var children: [[String: Any]] = []
        var current: [String: Any]? = nil
        func flush() {
            guard var entry = current else { return }
            if !children.isEmpty { entry["children"] = children }
            entries.append(entry)
            children = []
        }
        for heading in headings where heading.level <= 3 {
            let item: [String: Any] = ["id": heading.id, "html": heading.contentsHTML, "text": heading.text]
            if heading.level == 2 {
                flush()
                current = item
            } else if current != nil {
                children.append(item)
            }
        }
        flush()
        return entries
    }
}
