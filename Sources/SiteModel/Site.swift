/// Everything loaded from a site folder, before references are resolved.
public struct Site: Sendable {
    public var root: String
    public var config: SiteConfig
    public var briefs: [Brief]
    public var people: [Person]
    public var centres: [Centre]
    public var pages: [Page]

    public init(root: String, config: SiteConfig, briefs: [Brief] = [], people: [Person] = [],
                centres: [Centre] = [], pages: [Page] = []) {
        self.root = root
        self.config = config
        self.briefs = briefs
        self.people = people
        self.centres = centres
        self.pages = pages
    }
}
