import SiteModel

/// Interface strings the models put together: headings of built-in taxonomies in the site's
/// language, and sentences with a link or a date inside.
extension PageModels {
    /// A taxonomy's heading: the site's own title, or for topics and regions not renamed in
    /// site.yaml, the language's word.
    func taxonomyTitle(_ name: String) -> String {
        let declared = site.config.taxonomy(name)
        if let builtIn = Taxonomy.builtIn.first(where: { $0.name == name }), declared == nil || declared == builtIn {
            return strings[builtIn.name]
        }
        return declared?.title ?? name
    }

    /// One term's kind ("Topic"), as `taxonomyTitle`.
    func taxonomySingular(_ name: String) -> String {
        let declared = site.config.taxonomy(name)
        if let builtIn = Taxonomy.builtIn.first(where: { $0.name == name }), declared == nil || declared == builtIn {
            return strings[String(builtIn.name.dropLast())]
        }
        return declared?.singular ?? name
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
