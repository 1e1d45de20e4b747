import SiteModel

/// `content/pages/<slug>.md` → `Page`.
enum PageDecoder {
    static let knownKeys = ["title", "summary", "draft", "slug", "aliases", "extra"]

    /// `inheritedTitle`: a translation's original's title, used when the translation gives none.
    static func decode(_ bytes: [UInt8], path: String, defaultSlug: String, inheritedTitle: String? = nil) -> (Page?, [Diagnostic]) {
        var diagnostics: [Diagnostic] = []
        guard let file = ContentFile.read(bytes, path: path, what: "a page", diagnostics: &diagnostics) else {
            return (nil, diagnostics)
        }
        var f = file.fields
        f.checkKeys(known: knownKeys)
        let title = f.string("title", required: inheritedTitle == nil) ?? inheritedTitle
        let slug = f.located("slug")
        if let slug, !Slug.isValid(slug.value) {
            f.diagnostics.append(.error("invalid-slug",
                "slug `\(slug.value)` may contain only lowercase letters, digits and hyphens", at: slug.location))
        }
        var page = Page(slug: slug?.value ?? defaultSlug, sourcePath: path, title: SmartPunctuation.apply(title ?? ""),
                        summary: f.string("summary").map(SmartPunctuation.apply), draft: f.bool("draft") ?? false,
                        body: file.frontMatter.body, bodyStartLine: file.frontMatter.bodyStartLine)
        page.aliases = f.aliases()
        page.extra = f.extra()
        diagnostics += f.diagnostics
        return (title == nil ? nil : page, diagnostics)
    }
}
