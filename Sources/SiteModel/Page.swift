/// A plain page from `content/pages/<slug>.md`, published at `/<slug>/`.
public struct Page: Sendable {
    public var slug: String
    public var sourcePath: String
    public var title: String
    public var summary: String?
    public var draft: Bool
    /// Old addresses (`aliases:`), output-relative, each where it is written.
    public var aliases: [Located<String>] = []
    /// `extra:`, the site's own values for templates.
    public var extra: [String: ExtraValue] = [:]
    public var body: String
    public var bodyStartLine: Int

    public init(slug: String, sourcePath: String, title: String, summary: String? = nil,
                draft: Bool = false, body: String, bodyStartLine: Int) {
        self.slug = slug
        self.sourcePath = sourcePath
        self.title = title
        self.summary = summary
        self.draft = draft
        self.body = body
        self.bodyStartLine = bodyStartLine
    }
}
