import SiteModel

/// Which of the site's languages has each page (DESIGN §7): the default at the root, every
/// other under its folder. A page links its versions in the other languages (`<link rel=
/// "alternate" hreflang>`, the language switcher, the sitemap's `xhtml:link`) only where they
/// exist: a brief not translated into Urdu has no Urdu version to link.
struct LanguageLinks: Sendable {
    struct Version: Sendable {
        var language: Language
        var scheme: URLScheme
        /// Output-relative files of its pages, as its planner names them (`briefs/x/index.html`).
        var pages: Set<String>
    }

    /// The default language first, then site.yaml's order.
    var versions: [Version] = []

    var isMultilingual: Bool { versions.count > 1 }

    /// Whether the language has a page at the output-relative folder `path`.
    func has(_ code: String, _ path: String) -> Bool {
        let file = URLScheme.file(String(path.prefix { $0 != "?" && $0 != "#" }))
        return versions.first { $0.language.code == code }?.pages.contains(file) ?? false
    }

    /// Each language that has the page at the output-relative folder `path` (`briefs/x/`), with
    /// its absolute URL.
    func versions(of path: String) -> [(language: Language, url: String, absolute: String)] {
        guard isMultilingual else { return [] }
        let file = URLScheme.file(path)
        return versions.compactMap { version in
            version.pages.contains(file) ? (version.language, version.scheme.url(path), version.scheme.absolute(path)) : nil
        }
    }

    /// The model of `page.translations` (the switcher: every version, the current one marked)
    /// and `page.alternates` (`hreflang` links: the versions and `x-default`, the default
    /// language's), empty unless the page exists in more than one language.
    func model(path: String, current: String) -> (translations: [[String: Any]], alternates: [[String: Any]]) {
        let found = versions(of: path)
        guard found.count > 1 else { return ([], []) }
        let translations: [[String: Any]] = found.map {
            ["code": $0.language.code, "name": $0.language.name, "url": $0.url, "direction": $0.language.direction.rawValue,
             "current": $0.language.code == current]
        }
        return (translations, alternates(found).map { ["hreflang": $0.hreflang, "url": $0.href] })
    }

    /// The sitemap's alternates for a page: every version with `x-default`, or none.
    func sitemapAlternates(path: String) -> [SitemapEntry.Alternate] {
        let found = versions(of: path)
        return found.count > 1 ? alternates(found) : []
    }

    /// Each version's language and absolute URL, then `x-default`: the default language's.
    private func alternates(_ found: [(language: Language, url: String, absolute: String)]) -> [SitemapEntry.Alternate] {
        var alternates = found.map { SitemapEntry.Alternate(hreflang: $0.language.code, href: $0.absolute) }
        if let first = found.first, first.language.code == versions.first?.language.code {
            alternates.append(SitemapEntry.Alternate(hreflang: "x-default", href: first.absolute))
        }
        return alternates
    }
}
