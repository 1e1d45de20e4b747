import ContentLoader
import SiteModel

/// Links people, centres and types, builds taxonomies, and reports every reference that
/// leads nowhere, at the line where it is written.
struct SiteResolver {
    let site: Site
    let publication: Publication
    let folder: ContentFolderProbe
    /// The numbers given in earlier builds (series-numbers.json).
    var recordedNumbers = SeriesNumbers()

    func resolve() -> (ResolvedSite, [Diagnostic]) {
        var diagnostics: [Diagnostic] = []
        let people = Dictionary(site.people.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        let centres = Dictionary(site.centres.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })

        for person in site.people {
            if let centre = person.centre, centres[centre.value] == nil {
                diagnostics.append(unknown("centre", centre, known: Array(centres.keys), folder: "content/centres"))
            }
        }
        var heroImages: [String: String] = [:]
        for brief in site.briefs + site.invalidBriefs {
            let (found, hero) = check(brief, people: people, centres: centres)
            diagnostics += found
            if let hero { heroImages[brief.slug] = hero }
        }

        var published = site.briefs
            .filter { !publication.hides($0) }
            .sorted { ($1.date, $0.slug) < ($0.date, $1.slug) }
        // Terms written as ids read as their declared labels everywhere (`south-asia` → South Asia).
        if !site.config.termLabels.isEmpty { published = published.map { Self.labelled($0, site.config) } }
        // Numbered series: what is published gets its number (drafts and embargoed briefs wait).
        let numberable = published.filter { !$0.draft && publication.embargo($0) == nil }
        let numbers = recordedNumbers.assign(numberable, types: site.config.types,
                                             typeID: site.config.typeID)
        let numbered = Set(numberable.map(\.slug))
        for i in published.indices where published[i].number == nil && numbered.contains(published[i].slug) {
            published[i].number = numbers.briefs[published[i].slug]?.number
        }

        var resolved = ResolvedSite(
            site: site, briefs: published, people: people, centres: centres,
            pages: site.pages.filter { publication.includeDrafts || !$0.draft },
            topics: [], regions: [], types: [], years: [], authored: [:], edited: [:], byCentre: [:],
            centrePeople: [:], heroImages: heroImages,
            seriesNumbers: numbers,
            embargoes: Dictionary(published.compactMap { brief in publication.embargo(brief).map { (brief.slug, $0) } },
                                  uniquingKeysWith: { a, _ in a }))
        resolved.strings = site.interfaceStrings()
        resolved.redirects = Self.redirects(briefs: published, pages: resolved.pages)
        // The brand and people's photos: files of static/, each checked where it is named.
        func locate(_ image: Located<String>?) -> String? {
            image.flatMap { locateImage($0.value, bundle: nil, at: $0.location, into: &diagnostics) }
        }
        if let logo = locate(site.config.logo) { resolved.logoPath = logo }
        if let favicon = locate(site.config.favicon) { resolved.faviconPath = favicon }
        for person in site.people {
            if let photo = locate(person.photo) { resolved.personPhotos[person.id] = photo }
        }
        diagnostics += termCollisions("topic", field: "topics", { $0.topics.map { site.config.termLabel($0, kind: "topics") } })
            + termCollisions("region", field: "regions", { $0.regions.map { site.config.termLabel($0, kind: "regions") } })
        resolved.topics = Self.terms(published.enumerated().map { ($0.offset, $0.element.topics) }) { site.config.termSlug($0, kind: "topics") }
        resolved.regions = Self.terms(published.enumerated().map { ($0.offset, $0.element.regions) }) { site.config.termSlug($0, kind: "regions") }
        for taxonomy in site.config.taxonomies.dropFirst(Taxonomy.builtIn.count) {
            let name = taxonomy.name
            diagnostics += termCollisions(taxonomy.singular.lowercased(), field: name, { ($0.terms[name] ?? []).map { site.config.termLabel($0, kind: name) } })
            resolved.declared[name] = Self.terms(published.enumerated().map { ($0.offset, $0.element.terms[name] ?? []) }) {
                site.config.termSlug($0, kind: name)
            }
        }
        resolved.types = site.config.types.compactMap { type in
            let members = published.indices.filter { resolved.typeID(of: published[$0]) == type.id }
            return members.isEmpty ? nil : Term(slug: type.id, label: type.label, briefs: members)
        }
        let years = Dictionary(grouping: published.indices, by: { published[$0].date.year })
        resolved.years = years.keys.sorted(by: >).map { Term(slug: String($0), label: String($0), briefs: years[$0]!) }
        for (index, brief) in published.enumerated() {
            for author in Self.unique(brief.authors.map(\.value)) { resolved.authored[author, default: []].append(index) }
            for editor in Self.unique(brief.editors.map(\.value)) { resolved.edited[editor, default: []].append(index) }
            if let centre = brief.centre?.value { resolved.byCentre[centre, default: []].append(index) }
        }
        for person in resolved.sortedPeople {
            if let centre = person.centre?.value { resolved.centrePeople[centre, default: []].append(person.id) }
        }
        return (resolved, diagnostics)
    }

    /// One brief's references that lead nowhere, and its hero image's output path. A draft that
    /// is not being built only warns, so work in progress never blocks a release.
    func check(_ brief: Brief, people: [String: Person], centres: [String: Centre]) -> ([Diagnostic], hero: String?) {
        var diagnostics: [Diagnostic] = []
        var hero: String?
        for author in brief.authors where people[author.value] == nil {
            diagnostics.append(unknown("person", author, known: Array(people.keys), folder: "content/people"))
        }
        for editor in brief.editors where people[editor.value] == nil {
            diagnostics.append(unknown("person", editor, known: Array(people.keys), folder: "content/people"))
        }
        if let centre = brief.centre, centres[centre.value] == nil {
            diagnostics.append(unknown("centre", centre, known: Array(centres.keys), folder: "content/centres"))
        }
        if let type = brief.type, site.config.type(id: type.value) == nil {
            diagnostics.append(unknown("type", type, known: site.config.types.map(\.id), folder: "site.yaml `types`"))
        }
        if let image = brief.image {
            hero = locateImage(image.src, bundle: brief.bundleDirectory, at: image.location, into: &diagnostics)
        }
        if publication.demotes(brief) { diagnostics = diagnostics.map(\.inUnbuiltDraft) }
        return (diagnostics, hero)
    }

    private func unknown(_ kind: String, _ ref: Located<String>, known: [String], folder: String) -> Diagnostic {
        var message = "unknown \(kind) `\(ref.value)`"
        if let guess = Suggestions.closest(to: ref.value, among: known) {
            message += "; did you mean `\(guess)`?"
        } else {
            message += " (no such id in \(folder))"
        }
        return .error("unknown-\(kind)", message, at: ref.location)
    }

    /// An image's output path, or a `missing-image` error where it is named.
    func locateImage(_ src: String, bundle: String?, at location: SourceLocation, into diagnostics: inout [Diagnostic]) -> String? {
        switch folder.locateImage(src, bundle: bundle) {
        case .success(let path): return path
        case .failure(let message):
            diagnostics.append(.error("missing-image", message, at: location))
            return nil
        }
    }

    /// The brief with its topics and regions as readers see them (site.yaml `taxonomies:`).
    static func labelled(_ brief: Brief, _ config: SiteConfig) -> Brief {
        guard !config.termLabels.isEmpty else { return brief }
        var brief = brief
        brief.topics = brief.topics.map { config.termLabel($0, kind: "topics") }
        brief.regions = brief.regions.map { config.termLabel($0, kind: "regions") }
        for (name, terms) in brief.terms { brief.terms[name] = terms.map { config.termLabel($0, kind: name) } }
        return brief
    }

    /// The `aliases:` of the published briefs and pages. A brief's old folder
    /// (`briefs/old-slug/`) also moves its PDF, for the hosts' redirects file.
    static func redirects(briefs: [Brief], pages: [Page]) -> [Redirect] {
        var redirects: [Redirect] = []
        for brief in briefs {
            for alias in brief.aliases {
                var redirect = Redirect(from: alias.value, target: URLScheme.brief(brief.slug), title: brief.title, location: alias.location)
                let parts = alias.value.split(separator: "/")
                if brief.pdf, alias.value.hasSuffix("/"), parts.count == 2, parts[0] == "briefs", Slug.isValid(String(parts[1])) {
                    redirect.pdfFrom = URLScheme.pdf(String(parts[1]))
                    redirect.pdfTo = URLScheme.pdf(brief.slug)
                }
                redirects.append(redirect)
            }
        }
        for page in pages {
            redirects += page.aliases.map {
                Redirect(from: $0.value, target: URLScheme.page(page.slug), title: page.title, location: $0.location)
            }
        }
        return redirects
    }

    /// Terms by slug, labelled with their first spelling, sorted by label; briefs keep their order.
    static func terms(_ items: [(Int, [String])], slug slugOf: (String) -> String = Slug.make) -> [Term] {
        var bySlug: [String: Term] = [:]
        for (index, labels) in items {
            for label in unique(labels) {
                let slug = slugOf(label)
                if bySlug[slug] == nil { bySlug[slug] = Term(slug: slug, label: label, briefs: []) }
                if bySlug[slug]!.briefs.last != index { bySlug[slug]!.briefs.append(index) }
            }
        }
        return bySlug.values.sorted { ($0.label.lowercased(), $0.slug) < ($1.label.lowercased(), $1.slug) }
    }

    /// Terms spelt differently (not only in case) that would share one page, as "C" and "C++"
    /// share /topics/c/: an error at the field of the brief that brings the second spelling.
    func termCollisions(_ kind: String, field: String, _ values: (Brief) -> [String]) -> [Diagnostic] {
        var first: [String: (label: String, file: String)] = [:]
        var diagnostics: [Diagnostic] = []
        for brief in site.briefs {
            for label in Self.unique(values(brief)) {
                let slug = site.config.termSlug(label, kind: field)
                guard let earlier = first[slug] else {
                    first[slug] = (label, brief.sourcePath)
                    continue
                }
                guard earlier.label.lowercased() != label.lowercased() else { continue }
                let found = Diagnostic.error("term-collision",
                    "the \(kind) `\(label)` would share the page /\(field)/\(slug)/ with `\(earlier.label)` (\(earlier.file)); spell them alike or make them differ in letters or digits",
                    at: brief.location(of: field))
                diagnostics.append(publication.demotes(brief) ? found.inUnbuiltDraft : found)
            }
        }
        return diagnostics
    }

    static func unique(_ values: [String]) -> [String] {
        var seen: Set<String> = []
        return values.filter { seen.insert($0).inserted }
    }
}
