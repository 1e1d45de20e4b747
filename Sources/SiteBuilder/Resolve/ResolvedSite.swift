import SiteModel

/// A site whose references are checked: the briefs to publish (newest first), people and
/// centres by id, and every taxonomy, ready for view models.
struct ResolvedSite: Sendable {
    var site: Site
    var config: SiteConfig { site.config }
    /// The interface strings of the site's language (feed titles, page headings, notes).
    var strings = InterfaceStrings(language: Language(code: "en"))
    /// Published briefs (drafts only with `--drafts`), newest first, ties broken by slug.
    var briefs: [Brief]
    var people: [String: Person]
    var centres: [String: Centre]
    var pages: [Page]
    var topics: [Term]
    var regions: [Term]
    /// The terms of the site's own taxonomies, by taxonomy name.
    var declared: [String: [Term]] = [:]
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
    /// Every number Imprint has given (series-numbers.json, with this build's new ones).
    var seriesNumbers = SeriesNumbers()
    /// Briefs built before their release (`--future`, `serve`), by slug: marked on their page, kept out of feeds.
    var embargoes: [String: PublishTime] = [:]
    /// The logo and favicon, output-relative: the site's (`logo:`, `favicon:`) or the theme's.
    var logoPath = "images/logo.svg"
    var faviconPath = "favicon.svg"
    /// People's photos, output-relative, by person id.
    var personPhotos: [String: String] = [:]
    /// Old addresses of published pages, in the order of the briefs and then the pages.
    var redirects: [Redirect] = []
    /// The site has its own `static/_redirects`, which the build copies instead of writing one.
    var ownRedirectsFile = false

    /// A draft or embargoed brief built for a preview: on its pages, never in feeds or the sitemap.
    func isUnpublished(_ index: Int) -> Bool { briefs[index].draft || embargoes[briefs[index].slug] != nil }

    var sortedPeople: [Person] { people.values.sorted { ($0.name, $0.id) < ($1.name, $1.id) } }
    var sortedCentres: [Centre] { centres.values.sorted { ($0.name, $0.id) < ($1.name, $1.id) } }

    /// Puts an edited brief (the same source file) in place of the one it replaces, in the
    /// published list and in the loaded site alike. Nil when no published brief has that file.
    mutating func replace(_ brief: Brief) -> Int? {
        guard let index = briefs.firstIndex(where: { $0.sourcePath == brief.sourcePath }),
              let loaded = site.briefs.firstIndex(where: { $0.sourcePath == brief.sourcePath }) else { return nil }
        briefs[index] = brief
        site.briefs[loaded] = brief
        return index
    }

    func typeLabel(of brief: Brief) -> String {
        if let id = brief.type?.value, let t = config.type(id: id) { return t.label }
        return config.types.first?.label ?? "Brief"
    }

    func typeID(of brief: Brief) -> String { config.typeID(of: brief) }
}
