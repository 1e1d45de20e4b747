/// An author or editor from `content/people/<id>.md`; the body is the biography.
public struct Person: Sendable {
    public var id: String
    public var sourcePath: String
    public var name: String
    /// Name parts for citations, when splitting `name` at its last space would be wrong
    /// ("García Márquez"); nil means "split the name".
    public var familyName: String?
    public var givenName: String?
    public var role: String?
    public var centre: Located<String>?
    /// An image in `static/`, where it is written.
    public var photo: Located<String>?
    public var email: String?
    public var orcid: String?
    public var links: [NavItem]
    public var body: String
    public var bodyStartLine: Int
    /// `extra:`, the site's own values for templates.
    public var extra: [String: ExtraValue] = [:]

    public init(
        id: String, sourcePath: String, name: String, familyName: String? = nil, givenName: String? = nil,
        role: String? = nil,
        centre: Located<String>? = nil, photo: Located<String>? = nil, email: String? = nil,
        orcid: String? = nil, links: [NavItem] = [], body: String = "", bodyStartLine: Int = 1
    ) {
        self.id = id
        self.sourcePath = sourcePath
        self.name = name
        self.familyName = familyName
        self.givenName = givenName
        self.role = role
        self.centre = centre
        self.photo = photo
        self.email = email
        self.orcid = orcid
        self.links = links
        self.body = body
        self.bodyStartLine = bodyStartLine
    }
}
