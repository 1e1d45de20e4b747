/// Everything loaded from a site folder, before references are resolved.
public struct Site: Sendable {
    public var root: String
    public var config: SiteConfig
    public var briefs: [Brief]
    public var people: [Person]
    public var centres: [Centre]
    public var pages: [Page]
    /// Briefs whose required fields are missing or invalid: never published, but their bodies
    /// and references are still checked, so one run reports every problem.
    public var invalidBriefs: [Brief]
    /// `data/*.yaml`, by file name without its extension (a folder is a set of its files).
    public var data: [String: ExtraValue] = [:]
    /// Content in the site's other languages, by language code (DESIGN §7).
    public var translations: [String: Translations] = [:]
    /// `i18n/<lang>.yaml`, the site's own interface strings, by language code.
    public var interfaceOverrides: [String: InterfaceOverride] = [:]

    /// The interface strings of one of the site's languages (the site's own when nil: an
    /// edition's is its language's).
    public func interfaceStrings(_ code: String? = nil) -> InterfaceStrings {
        let language = config.language(code ?? config.language) ?? Language(code: code ?? config.language)
        return InterfaceStrings(language: language, overrides: interfaceOverrides[language.code])
    }

    public init(root: String, config: SiteConfig, briefs: [Brief] = [], people: [Person] = [],
                centres: [Centre] = [], pages: [Page] = [], invalidBriefs: [Brief] = []) {
        self.root = root
        self.config = config
        self.briefs = briefs
        self.people = people
        self.centres = centres
        self.pages = pages
        self.invalidBriefs = invalidBriefs
    }

    /// The site as it reads in another of its languages, for that language's pages under
    /// `/<code>/`: its briefs and pages in that language, people and centres translated where
    /// they are, and the language's interface strings and dates.
    public func edition(_ code: String) -> Site {
        var edition = self
        let translated = translations[code] ?? Translations()
        edition.config.language = code
        if let language = config.language(code) {
            if let title = language.title { edition.config.title = title }
            if let description = language.description { edition.config.description = description }
            if let navigation = language.navigation { edition.config.navigation = navigation }
            if let disclaimer = language.disclaimer { edition.config.disclaimer = disclaimer }
            for i in edition.config.boxes.indices {
                if let label = language.boxLabels[edition.config.boxes[i].id] { edition.config.boxes[i].label = label }
            }
            for i in edition.config.types.indices {
                if let label = language.typeLabels[edition.config.types[i].id] { edition.config.types[i].label = label }
            }
        }
        edition.briefs = translated.briefs
        edition.invalidBriefs = translated.invalidBriefs
        let people = Dictionary(translated.people.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        edition.people = self.people.map { people[$0.id] ?? $0 }
        let centres = Dictionary(translated.centres.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        edition.centres = self.centres.map { centres[$0.id] ?? $0 }
        edition.pages = translated.pages
        edition.translations = [:]
        return edition
    }
}
