import SiteModel

/// Interface strings the models put together: headings of built-in taxonomies in the site's
/// language, and sentences with a link or a date inside.
extension PageModels {
    /// A taxonomy's heading: the site's own title, or for topics and regions not renamed in
    /// site.yaml, the language's word.
    func taxonomyTitle(_ name: String) -> String {
        unrenamedBuiltIn(name).map { strings[$0.name] } ?? site.config.taxonomy(name)?.title ?? name
    }

    /// One term's kind ("Topic"), as `taxonomyTitle`.
    func taxonomySingular(_ name: String) -> String {
        unrenamedBuiltIn(name).map { strings[String($0.name.dropLast())] } ?? site.config.taxonomy(name)?.singular ?? name
    }

    /// Topics or regions as Imprint declares them, when site.yaml does not rename them.
    private func unrenamedBuiltIn(_ name: String) -> Taxonomy? {
        let declared = site.config.taxonomy(name)
        return Taxonomy.builtIn.first { $0.name == name && (declared == nil || declared == $0) }
    }

    /// `<a href="url">text</a>`, both escaped.
    func link(_ url: String, _ text: String) -> String {
        "<a href=\"" + TemplateEscaping.escape(url) + "\">" + TemplateEscaping.escape(text) + "</a>"
    }

    /// `<time datetime="…">…</time>` for a release.
    func time(_ release: PublishTime) -> String {
        "<time datetime=\"" + TemplateEscaping.escape(release.iso) + "\">" + TemplateEscaping.escape(release.description) + "</time>"
    }

    /// A card's `embargo`: the release, and the sentences that announce it on the page, the card and the PDF.
    func embargoModel(_ release: PublishTime) -> [String: Any] {
        [
            "until": release.description, "until_iso": release.iso,
            "banner_html": strings.formatHTML("embargoed_banner", ["date": time(release), "flag": "<code>--future</code>"],
                                              escape: TemplateEscaping.escape),
            "badge_html": strings.formatHTML("embargoed_until", ["date": time(release)], escape: TemplateEscaping.escape),
            "line": strings.format("embargoed_until", ["date": release.description]),
        ]
    }
}
