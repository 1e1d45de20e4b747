import Foundation
import MarkdownRender
import PDFExport

/// Lists every page of the site and renders one page from its job.
struct PagePlanner: Sendable {
    /// The plan's one copy of the resolved site is the page models'.
    var models: PageModels
    var site: ResolvedSite { models.site }
    /// Nil when the templates have errors: pages can still be listed (for link checks), not rendered.
    let templates: TemplateSet?

    func jobs() -> [PageJob] {
        var jobs: [PageJob] = [.home, .notFound, .people, .centres]
        jobs += site.briefs.indices.map { .brief($0) }
        let perPage = site.config.paginate
        jobs += (1...PageModels.pageCount(site.briefs.count, perPage: perPage)).map { .briefList(page: $0) }
        for kind in taxonomyKinds {
            jobs.append(.termIndex(kind: kind))
            for (index, term) in terms(kind).enumerated() {
                jobs += (1...PageModels.pageCount(term.briefs.count, perPage: perPage)).map {
                    .term(kind: kind, index: index, page: $0)
                }
            }
        }
        jobs += site.sortedPeople.map { .person($0.id) }
        jobs += site.sortedCentres.map { .centre($0.id) }
        jobs += site.pages.indices.map { .page($0) }
        if site.config.searchEnabled { jobs.append(.search) }
        return jobs
    }

    /// The taxonomies with a listing per term, as URL folders: topics, regions, the site's own
    /// (site.yaml `taxonomies:`), types and years.
    var taxonomyKinds: [String] { site.config.taxonomies.map(\.name) + ["types", "archive"] }

    func terms(_ kind: String) -> [Term] {
        switch kind {
        case "topics": return site.topics
        case "regions": return site.regions
        case "types": return site.types
        case "archive": return site.years
        default: return site.declared[kind] ?? []
        }
    }

    func heading(_ kind: String) -> String {
        switch kind {
        case "types": return models.strings["publication_types"]
        case "archive": return models.strings["archive"]
        default: return models.taxonomyTitle(kind)
        }
    }

    func termHeading(_ kind: String, _ label: String) -> String {
        switch kind {
        case "types": return label
        case "archive": return models.strings.format("published_in", ["year": label])
        default: return models.strings.format("term_heading", ["taxonomy": models.taxonomySingular(kind), "term": label])
        }
    }

    /// The output-relative file a page is written to.
    func path(_ job: PageJob) -> String {
        switch job {
        case .home: return URLScheme.file(URLScheme.home())
        case .notFound: return "404.html"
        case .brief(let i): return URLScheme.file(URLScheme.brief(site.briefs[i].slug))
        case .briefList(let page): return URLScheme.file(URLScheme.briefs(page: page))
        case .termIndex(let kind): return URLScheme.file(URLScheme.taxonomy(kind))
        case .term(let kind, let index, let page): return URLScheme.file(URLScheme.term(kind, terms(kind)[index].slug, page: page))
        case .person(let id): return URLScheme.file(URLScheme.person(id))
        case .people: return URLScheme.file(URLScheme.people())
        case .centre(let id): return URLScheme.file(URLScheme.centre(id))
        case .centres: return URLScheme.file(URLScheme.centres())
        case .page(let i): return URLScheme.file(URLScheme.page(site.pages[i].slug))
        case .search: return URLScheme.file(URLScheme.search())
        }
    }

    /// Every brief's card model with its HTML, and its citation record, made once for all the
    /// pages and files that show it. A card appears on a dozen pages (lists, topics, regions,
    /// types, years, people, centres, related briefs), and rendering the partial each time was
    /// the largest part of a build. The card's context is the card with `site` and `t`, which is all the
    /// default partial (or one overriding it) can rely on in a list. `only` remakes just those
    /// briefs' (the serve text-edit lane).
    func makeShared(jobs: Int, only indexes: [Int]? = nil) -> SharedBriefModels {
        let models = self.models, templates = self.templates
        let canRender = templates?.has("brief-card") == true
        // The same for every card; read-only while the workers run.
        let common = models.common(title: "", description: nil, path: URLScheme.briefs(page: 1), section: "briefs")
        nonisolated(unsafe) let cardContext: [String: Any] = ["site": common["site"] as Any, "t": common["t"] as Any]
        let made = (indexes ?? Array(site.briefs.indices)).concurrentMap(jobs: jobs) { i in
            var card = models.makeCard(i)
            if canRender, let templates {
                let context = PageModels.merge(card, cardContext)
                card["card_html"] = templates.render("brief-card", context)
                card["card_html_h3"] = templates.render(TemplateSet.cardLevel3, context)
            }
            return SharedBriefModels(cards: [card], records: [models.makeCitationRecord(i)])
        }
        guard let indexes else {
            return SharedBriefModels(cards: made.flatMap(\.cards), records: made.flatMap(\.records))
        }
        var all = models.shared
        for (i, one) in zip(indexes, made) where i < all.cards.count {
            all.cards[i] = one.cards[0]
            all.records[i] = one.records[0]
        }
        return all
    }

    /// The output-relative file and the HTML of a page: the plan and the rendered bodies. The
    /// bytes go from the engine to the file as they are, never through a String.
    func render(_ job: PageJob, _ bodies: PageBodies) -> (path: String, html: Data) {
        (path(job), templates?.renderData(template(job), model(job, bodies)) ?? Data())
    }

    /// A brief's page from its rendered body and published PDF (the streamed build), as
    /// `render(.brief(index))` gives it.
    func renderBrief(_ index: Int, rendered: RenderedMarkdown, pdf: PDFArtifact?) -> (path: String, html: Data) {
        (path(.brief(index)), templates?.renderData("brief", models.brief(index, rendered: rendered, pdf: pdf)) ?? Data())
    }

    func template(_ job: PageJob) -> String {
        switch job {
        case .home: return "home"
        case .notFound: return "404"
        case .brief: return "brief"
        case .briefList, .term: return "list"
        case .termIndex: return "terms"
        case .person: return "person"
        case .people: return "people"
        case .centre: return "centre"
        case .centres: return "centres"
        case .page: return "page"
        case .search: return "search"
        }
    }

    func model(_ job: PageJob, _ bodies: PageBodies) -> [String: Any] {
        switch job {
        case .home: return models.home(bodies)
        case .notFound: return models.notFound()
        case .brief(let i): return models.brief(i, bodies)
        case .briefList(let page):
            return models.list(heading: models.strings["all_briefs"], kind: "briefs", intro: nil, briefs: site.briefs.indices,
                               page: page, pathOf: { URLScheme.briefs(page: $0) }, section: "briefs")
        case .termIndex(let kind):
            return models.terms(kind: kind, heading: heading(kind), terms: terms(kind))
        case .term(let kind, let index, let page):
            let term = terms(kind)[index]
            return models.list(heading: termHeading(kind, term.label), kind: Self.singular(kind),
                               intro: nil, briefs: term.briefs, page: page,
                               pathOf: { URLScheme.term(kind, term.slug, page: $0) }, section: kind,
                               feed: kind == "topics" ? .topic(term.slug) : nil)
        case .person(let id): return models.person(id, bodies)
        case .people: return models.people()
        case .centre(let id): return models.centre(id, bodies)
        case .centres: return models.centres(bodies)
        case .page(let i): return models.page(site.pages[i], bodies)
        case .search: return models.search()
        }
    }

    static func singular(_ kind: String) -> String {
        switch kind {
        case "topics": return "topic"
        case "regions": return "region"
        case "types": return "type"
        case "archive": return "year"
        default: return kind
        }
    }
}
