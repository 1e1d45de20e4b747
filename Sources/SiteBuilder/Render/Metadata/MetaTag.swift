/// One `<meta>` element: `name` (Highwire, Twitter) or `property` (Open Graph) and its content.
struct MetaTag: Sendable, Hashable {
    var key: String
    var content: String

    init(_ key: String, _ content: String) {
        self.key = key
        self.content = content
    }

    /// For templates, which write `<meta name="{{name}}" …>` or `<meta property="{{property}}" …>`.
    func model(as attribute: String) -> [String: Any] { [attribute: key, "content": content] }

    /// The element itself, escaped as the template would (`meta.tags_html`).
    func html(as attribute: String) -> String {
        "<meta \(attribute)=\"\(TemplateEscaping.escape(key))\" content=\"\(TemplateEscaping.escape(content))\">"
    }
}
