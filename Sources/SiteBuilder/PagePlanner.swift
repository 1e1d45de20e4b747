/// Lists every page of the site and renders one page from its job.
struct PagePlanner: Sendable {
    let site: ResolvedSite
    let models: PageModels
    let templates: TemplateSet

    func jobs() -> [PageJob] {
        var jobs: [PageJob] = [.home, .notFound, .people, .centres]
        jobs += site.briefs.indices.map { .brief($0) }
        let perPage = site.config.paginate
        jobs += (1...PageModels.pageCount(site.briefs.count, perPage: perPage)).map { .briefList(page: $0) }
        for kind in PageJob.taxonomyKinds {
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
        return jobs
    }

    func terms(_ kind: String) -> [Term] {
        switch kind {
        case "topics": return site.topics
        case "regions": return site.regions
        case "types": return site.types
        default: return site.years
        }
    }

    static func heading(_ kind: String) -> String {
        switch kind {
        case "topics": return "Topics"
        case "regions": return "Regions"
        case "types": return "Publication types"
        default: return "Archive"
        }
    }

    static func termHeading(_ kind: String, _ label: String) -> String {
        switch kind {
        case "topics": return "Topic: \(label)"
        case "regions": return "Region: \(label)"
        case "types": return label
        default: return "Published in \(label)"
        }
    }

    /// The output-relative file a page is written to.
    func path(of job: PageJob) -> String {
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
        }
    }

    /// The output-relative file and the HTML of a page.
    func render(_ job: PageJob) -> (path: String, html: String) {
        (path(of: job), html(job))
    }

    func html(_ job: PageJob) -> String {
        switch job {
        case .home:
            return templates.render("home", models.home())
        case .notFound:
            return templates.render("404", models.notFound())
        case .brief(let i):
            return templates.render("brief", models.brief(i))
        case .briefList(let page):
            let model = models.list(heading: "All briefs", kind: "briefs", intro: nil, briefs: Array(site.briefs.indices),
                                    page: page, pathOf: { URLScheme.briefs(page: $0) }, section: "briefs")
            return templates.render("list", model)
        case .termIndex(let kind):
            let model = models.terms(kind: kind, heading: Self.heading(kind), terms: terms(kind))
            return templates.render("terms", model)
        case .term(let kind, let index, let page):
            let term = terms(kind)[index]
            let model = models.list(heading: Self.termHeading(kind, term.label), kind: String(kind.dropLast(kind == "archive" ? 0 : 1)),
                                    intro: nil, briefs: term.briefs, page: page,
                                    pathOf: { URLScheme.term(kind, term.slug, page: $0) }, section: kind,
                                    feed: kind == "topics" ? .topic(term.slug) : nil)
            return templates.render("list", model)
        case .person(let id):
            return templates.render("person", models.person(id))
        case .people:
            return templates.render("people", models.people())
        case .centre(let id):
            return templates.render("centre", models.centre(id))
        case .centres:
            return templates.render("centres", models.centres())
        case .page(let i):
            return templates.render("page", models.page(site.pages[i]))
        }
    }
}
