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
    /// `i18n/<lang>.yaml`, the site's own interface strings, by language code.
    public var interfaceOverrides: [String: InterfaceOverride] = [:]

    /// The interface strings of one of the site's languages (the default when nil).
    public func interfaceStrings(_ code: String? = nil) -> InterfaceStrings {
        let language = code.flatMap(config.language) ?? config.defaultLanguage
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
}
