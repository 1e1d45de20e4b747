/// Lists every page of the site and renders one page from its job.
struct PagePlanner: Sendable {
    let site: ResolvedSite
    var models: PageModels
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

    /// The output-relative file and the HTML of a page.
    func render(_ job: PageJob) -> (path: String, html: String) {
        switch job {
        case .home:
            return (URLScheme.file(URLScheme.home()), templates.render("home", models.home()))
        case .notFound:
            return ("404.html", templates.render("404", models.notFound()))
        case .brief(let i):
            return (URLScheme.file(URLScheme.brief(site.briefs[i].slug)), templates.render("brief", models.brief(i)))
        case .briefList(let page):
            let model = models.list(heading: "All briefs", kind: "briefs", intro: nil, briefs: Array(site.briefs.indices),
                                    page: page, pathOf: { URLScheme.briefs(page: $0) }, section: "briefs")
            return (URLScheme.file(URLScheme.briefs(page: page)), templates.render("list", model))
        case .termIndex(let kind):
            let model = models.terms(kind: kind, heading: Self.heading(kind), terms: terms(kind))
            return (URLScheme.file(URLScheme.taxonomy(kind)), templates.render("terms", model))
        case .term(let kind, let index, let page):
            let term = terms(kind)[index]
            let model = models.list(heading: Self.termHeading(kind, term.label), kind: String(kind.dropLast(kind == "archive" ? 0 : 1)),
                                    intro: nil, briefs: term.briefs, page: page,
                                    pathOf: { URLScheme.term(kind, term.slug, page: $0) }, section: kind)
            return (URLScheme.file(URLScheme.term(kind, term.slug, page: page)), templates.render("list", model))
        case .person(let id):
            return (URLScheme.file(URLScheme.person(id)), templates.render("person", models.person(id)))
        case .people:
            return (URLScheme.file(URLScheme.people()), templates.render("people", models.people()))
        case .centre(let id):
            return (URLScheme.file(URLScheme.centre(id)), templates.render("centre", models.centre(id)))
        case .centres:
            return (URLScheme.file(URLScheme.centres()), templates.render("centres", models.centres()))
        case .page(let i):
            let page = site.pages[i]
            return (URLScheme.file(URLScheme.page(page.slug)), templates.render("page", models.page(page)))
        }
    }
}
