/// Settings from `site.yaml`.
public struct SiteConfig: Sendable {
    public var title: String
    public var baseURL: String
    public var language: String
    /// Every language the site publishes in, the default (`language`) first, then site.yaml's
    /// `languages:` in their order (DESIGN §7).
    public var languages: [Language] = []
    /// The default language as declared (its name and direction).
    public var defaultLanguage: Language { languages.first ?? Language(code: language) }
    public func language(_ code: String) -> Language? { languages.first { $0.code == code } }
    public var organisation: Organisation
    public var disclaimer: String
    /// Brief types in declaration order: the first is the default.
    public var types: [BriefType]
    public var navigation: [NavItem]
    public var allowRawHTML: Bool
    /// Unicode date pattern for display, e.g. `d MMMM yyyy`.
    public var dateFormat: String
    /// Briefs per listing page.
    public var paginate: Int
    public var description: String?
    /// Entries per feed (site, centre and topic feeds): the newest briefs only.
    public var feedLimit: Int
    public var pdf: PDFSettings
    /// `search: { enabled: true }`: index the built site with Pagefind and publish `/search/`.
    public var searchEnabled: Bool
    /// `logo:` and `favicon:`, images in `static/` (the theme's own when absent).
    public var logo: Located<String>? = nil
    public var favicon: Located<String>? = nil
    /// `disclaimer_position: top` prints the disclaimer under the date instead of at the end.
    public var disclaimerAtTop = false
    /// Readers' names for taxonomy terms written as ids (`taxonomies: { regions: { terms:
    /// { south-asia: South Asia } } }`), by taxonomy (`topics`, `regions`, declared ones) and term slug.
    public var termLabels: [String: [String: String]] = [:]
    /// Topics and regions, then the site's own taxonomies in the order site.yaml declares them.
    public var taxonomies: [Taxonomy] = Taxonomy.builtIn
    /// The names of the site's own taxonomies (all but topics and regions).
    public var declaredTaxonomies: [String] { taxonomies.dropFirst(Taxonomy.builtIn.count).map(\.name) }

    public func taxonomy(_ name: String) -> Taxonomy? { taxonomies.first { $0.name == name } }

    /// What readers see for a term as written: its declared label, else the term itself.
    public func termLabel(_ term: String, kind: String) -> String {
        termLabels[kind]?[Slug.make(term)] ?? term
    }

    /// The slug of a term's page: the declared id for a declared label (so declaring a label
    /// never moves the page), else the label's own slug.
    public func termSlug(_ label: String, kind: String) -> String {
        if let labels = termLabels[kind], let id = labels.filter({ $0.value == label }).keys.min() { return id }
        return Slug.make(label)
    }
    /// `extra:`, the site's own values for templates.
    public var extra: [String: ExtraValue] = [:]
    /// `images: { budget: KB }`: how heavy an image readers download as it is may be (default 500 KB).
    public var imageBudgetKB = 500
    /// The institute's own kinds of box (`boxes:`), beside GitHub's five.
    public var boxes: [BoxDeclaration] = []
    /// Not from site.yaml: false for a staging build (`--base-url` elsewhere than `base_url`),
    /// whose robots.txt asks crawlers to stay away.
    public var crawlable = true

    public init(
        title: String, baseURL: String, language: String = "en",
        organisation: Organisation, disclaimer: String = "",
        types: [BriefType] = [], navigation: [NavItem] = [],
        allowRawHTML: Bool = false, dateFormat: String = "d MMMM yyyy", paginate: Int = 10,
        description: String? = nil, feedLimit: Int = 50, pdf: PDFSettings = PDFSettings(),
        searchEnabled: Bool = false
    ) {
        self.title = title
        self.baseURL = baseURL
        self.language = language
        languages = [Language(code: language)]
        self.organisation = organisation
        self.disclaimer = disclaimer
        self.types = types
        self.navigation = navigation
        self.allowRawHTML = allowRawHTML
        self.dateFormat = dateFormat
        self.paginate = paginate
        self.description = description
        self.feedLimit = feedLimit
        self.pdf = pdf
        self.searchEnabled = searchEnabled
    }

    public func type(id: String) -> BriefType? { types.first { $0.id == id } }

    /// The brief's type: its own, else the site's first.
    public func typeID(of brief: Brief) -> String {
        brief.type?.value ?? types.first?.id ?? "brief"
    }
}
