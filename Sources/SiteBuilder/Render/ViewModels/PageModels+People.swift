import MarkdownRender
import Foundation
import SiteModel

extension PageModels {
    func person(_ id: String, _ bodies: PageBodies) -> [String: Any] {
        let person = site.people[id]!
        let path = URLScheme.person(id)
        var model: [String: Any] = [
            "name": person.name, "url": scheme.url(path), "initials": Self.initials(person.name),
            "bio": images.annotate(bodies.content.people[id] ?? RenderedMarkdown(), pagePath: path).html,
        ]
        if let role = person.role { model["role"] = role }
        if !person.extra.isEmpty { model["extra"] = person.extra.model }
        if let photo = photo(id) { model["photo"] = photo }
        if let email = person.email { model["email"] = email }
        if let orcid = person.orcid {
            model["orcid"] = orcid
            model["orcid_url"] = "https://orcid.org/" + orcid
        }
        if !person.links.isEmpty { model["links"] = person.links.map { ["title": $0.title, "url": $0.url] } }
        if let c = person.centre?.value, let link = centreLink(c) { model["centre"] = link }
        let description = [person.role, person.centre.flatMap { site.centres[$0.value]?.name }]
            .compactMap { $0 }.joined(separator: ", ")
        var page = PageModels.merge(
            common(title: person.name, description: description.isEmpty ? person.name : "\(person.name), \(description)",
                   path: path, section: "people"),
            ["person": model])
        let written = site.authored[id] ?? []
        let edited = site.edited[id] ?? []
        if !written.isEmpty { page["briefs"] = cards(written) }
        if !edited.isEmpty { page["edited"] = cards(edited) }
        return page
    }

    func people() -> [String: Any] {
        let list: [[String: Any]] = site.sortedPeople.map { person in
            var m: [String: Any] = [
                "name": person.name, "url": scheme.url(URLScheme.person(person.id)),
                "initials": Self.initials(person.name), "brief_count": site.authored[person.id]?.count ?? 0,
            ]
            m["role"] = person.role ?? Self.absent
            m["centre"] = person.centre.flatMap { centreLink($0.value) } ?? Self.absent
            return m
        }
        return PageModels.merge(
            common(title: strings["people"], description: strings.format("people_description", ["organisation": site.config.organisation.name]),
                   path: URLScheme.people(), section: "people"),
            ["heading": strings["people"], "people": list])
    }

    func centre(_ id: String, _ bodies: PageBodies) -> [String: Any] {
        let centre = site.centres[id]!
        let path = URLScheme.centre(id)
        var model: [String: Any] = ["name": centre.name, "url": scheme.url(path),
                                    "description": images.annotate(bodies.content.centres[id] ?? RenderedMarkdown(), pagePath: path).html]
        if let s = centre.shortName { model["short_name"] = s }
        if !centre.extra.isEmpty { model["extra"] = centre.extra.model }
        let briefs = site.byCentre[id] ?? []
        let members = site.centrePeople[id] ?? []
        var page = PageModels.merge(
            common(title: centre.name, description: Self.firstSentence(centre.body) ?? centre.name, path: path,
                   section: "centres", feed: .centre(id)),
            ["centre": model, "count": briefs.count])
        if !briefs.isEmpty { page["briefs"] = cards(briefs) }
        if !members.isEmpty {
            page["people"] = members.enumerated().map { personLink($0.element, position: $0.offset, count: members.count) }
        }
        return page
    }

    func centresList(_ bodies: PageBodies) -> [[String: Any]] {
        site.sortedCentres.map { centre in
            var m: [String: Any] = [
                "name": centre.name, "url": scheme.url(URLScheme.centre(centre.id)),
                "summary_html": images.annotate(bodies.content.centres[centre.id] ?? RenderedMarkdown(), pagePath: URLScheme.centre(centre.id)).html, "count": site.byCentre[centre.id]?.count ?? 0,
            ]
            if let s = centre.shortName { m["short_name"] = s }
            return m
        }
    }

    func centres(_ bodies: PageBodies) -> [String: Any] {
        PageModels.merge(
            common(title: strings["centres"], description: strings.format("centres_description", ["organisation": site.config.organisation.name]),
                   path: URLScheme.centres(), section: "centres"),
            ["heading": strings["centres"], "centres": centresList(bodies)])
    }

    static func initials(_ name: String) -> String {
        String(name.split(separator: " ").compactMap(\.first).prefix(2))
    }

    static func firstSentence(_ markdown: String) -> String? {
        let text = markdown.split(whereSeparator: \.isNewline).first { !$0.trimmingCharacters(in: .whitespaces).isEmpty }
        return text.map(String.init)
    }
}
