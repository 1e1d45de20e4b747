/// A research centre or programme from `content/centres/<id>.md`.
public struct Centre: Sendable {
    public var id: String
    public var sourcePath: String
    public var name: String
    public var shortName: String?
    public var body: String
    public var bodyStartLine: Int
    /// `extra:`, the site's own values for templates.
    public var extra: [String: ExtraValue] = [:]

    public init(id: String, sourcePath: String, name: String, shortName: String? = nil,
                body: String = "", bodyStartLine: Int = 1) {
        self.id = id
        self.sourcePath = sourcePath
        self.name = name
        self.shortName = shortName
        self.body = body
        self.bodyStartLine = bodyStartLine
    }
}
