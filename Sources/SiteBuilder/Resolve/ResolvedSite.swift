import SiteModel

/// A site whose references are checked: the briefs to publish (newest first), people and
/// centres by id, and every taxonomy, ready for view models.
struct ResolvedSite: Sendable {
    var site: Site
    var config: SiteConfig
    /// Published briefs (drafts only with `--drafts`), newest first, ties broken by slug.
    var briefs: [Brief]
    var people: [String: Person]
    var centres: [String: Centre]
    var pages: [Page]
    var topics: [Term]
    var regions: [Term]
    var types: [Term]
    var years: [Term]
    /// Brief indexes by person id.
    var authored: [String: [Int]]
    var edited: [String: [Int]]
    var byCentre: [String: [Int]]
    /// Person ids by centre id, sorted by name.
    var centrePeople: [String: [String]]
    /// Hero image URL path relative to the output root, by brief slug.
    var heroImages: [String: String]

    var sortedPeople: [Person] { people.values.sorted { ($0.name, $0.id) < ($1.name, $1.id) } }
    var sortedCentres: [Centre] { centres.values.sorted { ($0.name, $0.id) < ($1.name, $1.id) } }

    func typeLabel(of brief: Brief) -> String {
        if let id = brief.type?.value, let t = config.type(id: id) { return t.label }
        return config.types.first?.label ?? "Brief"
    }

    func typeID(of brief: Brief) -> String {
        brief.type?.value ?? config.types.first?.id ?? "brief"
    }
}
