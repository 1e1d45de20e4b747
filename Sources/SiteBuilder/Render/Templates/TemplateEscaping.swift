import TemplateEngine

/// HTML escaping of values Swift puts into markup itself (links in bylines, `<meta>` tags,
/// redirect pages): the template engine's own, so these and `{{variable}}` escape alike.
enum TemplateEscaping {
    static func escape(_ text: String) -> String { HTMLEscaping.escape(text) }
}
