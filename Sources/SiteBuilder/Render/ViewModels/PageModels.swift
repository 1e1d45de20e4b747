import Foundation
import PDFExport
import SiteModel
import TemplateEngine

/// Builds the view model of each page. The model, not the template, formats dates, builds URLs,
/// joins bylines and resolves the disclaimer (docs/templates.md lists every variable).
struct PageModels: Sendable {
    var site: ResolvedSite
    let scheme: URLScheme
    let dates: DateFormatting
    /// The interface strings of the site's language, and the same as templates read them (`t`).
    let strings: InterfaceStrings
    nonisolated(unsafe) let stringsModel: [String: Any]
    /// Related briefs per brief (RelatedBriefs).
    let related: [[Int]]
    /// Each brief's card model (with `card_html`) and citation record, made once by
    /// PagePlanner.makeShared before pages are rendered; empty until then.
    var shared = SharedBriefModels()

    /// The page's versions in the site's other languages; set once every language is planned.
    var languages = LanguageLinks()

    /// Gives local images their intrinsic `width` and `height`.
    let images: ImageDimensions
    /// `data/*.yaml` and site.yaml `extra`, as templates read them: made once, shown on every page.
    nonisolated(unsafe) let dataModel: [String: Any]
    nonisolated(unsafe) let siteExtraModel: [String: Any]
    /// The logo's width in the header and the favicon's type: every page shows them.
    let logoWidth: Int
    let faviconType: String
    /// The logo drawn cards embed (`cardLogo`).
    let cardLogo: (bytes: Data, mime: String)?

    init(site: ResolvedSite, scheme: URLScheme, dates: DateFormatting, images: ImageDimensions, jobs: Int = 1) {
        self.site = site
        self.scheme = scheme
        self.dates = dates
        self.images = images
        strings = site.strings
        stringsModel = strings.all
        dataModel = site.site.data.model
        siteExtraModel = site.config.extra.model
        logoWidth = Self.logoWidth(site, images)
        faviconType = Self.imageType(site.faviconPath)
        cardLogo = Self.cardLogo(site, images)
        related = RelatedBriefs.compute(site, jobs: jobs)
    }

    /// Briefs on the home page.
    static let latestCount = 6

    // MARK: Common

    /// `site` and `page`, present on every page. `feed` is the page's own feed (a centre or
    /// topic), linked after the site-wide feeds.
    func common(title: String, description: String?, path: String, section: String,
                prev: String? = nil, next: String? = nil, feed: FeedScope? = nil) -> [String: Any] {
        let config = site.config
        var org: [String: Any] = ["name": config.organisation.name]
        if let s = config.organisation.shortName { org["short_name"] = s }
        if let p = config.organisation.place { org["place"] = p }
        let nav: [[String: Any]] = config.navigation.map { item in
            // In another language, a section that language lacks (a page not translated) is the default's.
            let local = item.url.hasPrefix("/") && (scheme.language.isEmpty || languages.has(strings.language.code, String(item.url.dropFirst())))
            let url = item.url.hasPrefix("/") ? (local ? scheme.basePath : scheme.rootPath) + item.url.dropFirst() : item.url
            let itemSection = item.url.split(separator: "/").first.map(String.init) ?? ""
            let current = !itemSection.isEmpty && (itemSection == section || url == scheme.url(path))
            return ["title": item.title, "url": url, "current": current]
        }
        var siteModel: [String: Any] = [
            "title": config.title, "language": strings.language.code, "base_url": scheme.baseURL,
            "home_url": scheme.url(""), "static_url": scheme.rootPath, "organisation": org, "nav": nav,
            // Briefs are sorted newest first; the year of the newest keeps output deterministic.
            "copyright_year": site.briefs.first?.date.year ?? 2000,
        ]
        siteModel["logo_url"] = scheme.url(site.logoPath)
        siteModel["logo_width"] = logoWidth
        siteModel["favicon_url"] = scheme.url(site.faviconPath)
        siteModel["favicon_type"] = faviconType
        if strings.language.isRightToLeft { siteModel["direction"] = "rtl" }
        if !siteExtraModel.isEmpty { siteModel["extra"] = siteExtraModel }
        if let d = config.description { siteModel["description"] = d }
        if config.searchEnabled { siteModel["search_url"] = scheme.url(URLScheme.search()) }
        var page: [String: Any] = [
            "title": title, "url": scheme.url(path), "canonical_url": scheme.absolute(path), "section": section,
            "description": Self.metaDescription(description ?? config.description ?? config.title),
        ]
        if let prev { page["prev_url"] = prev }
        if let next { page["next_url"] = next }
        page["feeds"] = feedLinks(.site) + (feed.map { site.hasFeed($0) ? feedLinks($0) : [] } ?? [])
        if languages.isMultilingual {
            let (translations, alternates) = languages.model(path: path, current: strings.language.code)
            if !translations.isEmpty {
                page["translations"] = translations
                page["alternates"] = alternates
            }
        }
        return ["site": siteModel, "page": page, "data": dataModel, "t": stringsModel]
    }

    /// Plain text trimmed to what search engines show (about 160 characters), on a word boundary.
    static func metaDescription(_ text: String) -> String {
        let flat = text.split(whereSeparator: \.isNewline).joined(separator: " ")
        guard flat.count > 160 else { return flat }
        let cut = flat.prefix(157)
        let word = cut.lastIndex(of: " ").map { cut[..<$0] } ?? cut
        return word + "…"
    }

    // MARK: Pieces

    /// `<link rel="alternate">` entries for a feed: Atom, then JSON Feed.
    func feedLinks(_ scope: FeedScope) -> [[String: Any]] {
        FeedFormat.allCases.map {
            ["title": site.feedTitle(scope), "type": $0.mediaType, "url": scheme.url(URLScheme.feed(scope.folder, $0))]
        }
    }

    /// An optional value that is not there. Mustache looks a missing name up in the enclosing
    /// contexts, so a card for a brief without a subtitle, on the page of a brief with one,
    /// showed that brief's subtitle (and a person's page lent its role to co-authors without
    /// one). Nested models (cards, person and centre links) hold this instead of leaving a key
    /// out: the template engine stops at it and treats it as missing.
    nonisolated(unsafe) static let absent: Any = TemplateNull()

    func personLink(_ id: String, position: Int = 0, count: Int = 1) -> [String: Any] {
        guard let person = site.people[id] else { return ["name": id] }
        var model: [String: Any] = [
            "name": person.name, "url": scheme.url(URLScheme.person(id)),
            "is_last": position == count - 1, "is_penultimate": position == count - 2,
        ]
        model["role"] = person.role ?? Self.absent
        model["photo"] = photo(id) ?? Self.absent
        if let centreID = person.centre?.value, let centre = site.centres[centreID] {
            model["centre_name"] = centre.name
            model["centre_url"] = scheme.url(URLScheme.centre(centreID))
        } else {
            model["centre_name"] = Self.absent
            model["centre_url"] = Self.absent
        }
        return model
    }

    /// The logo's width in the header, where it is 36 pixels high: from its own proportions
    /// (a wide word mark stays wide), within 36 to 360.
    static func logoWidth(_ site: ResolvedSite, _ images: ImageDimensions) -> Int {
        guard site.config.logo != nil, let size = images.size(at: site.logoPath), size.height > 0, size.width > 0 else { return 36 }
        let width = (Double(size.width) * 36 / Double(size.height)).rounded()
        return Int(min(360, max(36, width)))
    }

    /// A person's photo: its URL and its own width and height (the page scales it).
    func photo(_ id: String) -> [String: Any]? {
        guard let path = site.personPhotos[id] else { return nil }
        var model: [String: Any] = ["src": scheme.url(path)]
        if let size = images.size(at: path) {
            model["width"] = size.width
            model["height"] = size.height
        }
        return model
    }

    /// The MIME type a `<link rel="icon">` or feed names for an image file.
    static func imageType(_ path: String) -> String {
        switch path.split(separator: ".").last?.lowercased() {
        case "svg": return "image/svg+xml"
        case "png": return "image/png"
        case "ico": return "image/x-icon"
        case "jpg", "jpeg": return "image/jpeg"
        case "webp": return "image/webp"
        case "gif": return "image/gif"
        default: return "application/octet-stream"
        }
    }

    func centreLink(_ id: String) -> [String: Any]? {
        guard let centre = site.centres[id] else { return nil }
        return ["name": centre.name, "url": scheme.url(URLScheme.centre(id)), "short_name": centre.shortName ?? Self.absent]
    }

    /// The people linked to their pages and joined as `strings.join` joins names, as HTML: what a
    /// template would build from the person links, without a dozen lookups per name in every card.
    func linkedNames(_ ids: [String]) -> String {
        strings.join(ids.map { id in
            let person = site.people[id]
            let url = person == nil ? "" : scheme.url(URLScheme.person(id))
            return "<a href=\"" + TemplateEscaping.escape(url) + "\">" + TemplateEscaping.escape(person?.name ?? id) + "</a>"
        }, escape: TemplateEscaping.escape)
    }

    func names(_ ids: [Located<String>]) -> [String] {
        SiteResolver.unique(ids.map(\.value)).map { site.people[$0]?.name ?? $0 }
    }

    func card(_ index: Int) -> [String: Any] {
        index < shared.cards.count ? shared.cards[index] : makeCard(index)
    }

    func makeCard(_ index: Int) -> [String: Any] {
        let brief = site.briefs[index]
        let authorIDs = SiteResolver.unique(brief.authors.map(\.value))
        var model: [String: Any] = [
            "title": brief.title, "url": scheme.url(URLScheme.brief(brief.slug)),
            "date": dates.display(brief.date), "date_iso": brief.date.iso, "year": String(brief.date.year),
            "type_label": site.typeLabel(of: brief),
            "byline": strings.join(names(brief.authors)),
            "byline_html": linkedNames(authorIDs),
            "authors": authorIDs.enumerated().map { personLink($0.element, position: $0.offset, count: authorIDs.count) },
            "draft": brief.draft,
        ]
        model["subtitle"] = brief.subtitle ?? Self.absent
        model["extra"] = brief.extra.isEmpty ? Self.absent : brief.extra.model
        model["embargo"] = site.embargoes[brief.slug].map(embargoModel) ?? Self.absent
        model["number"] = brief.number ?? Self.absent
        model["summary"] = brief.summary ?? Self.absent
        model["centre"] = brief.centre.flatMap { centreLink($0.value) } ?? Self.absent
        return model
    }

    func cards(_ indexes: [Int]) -> [[String: Any]] { indexes.map(card) }

    func termLinks(_ labels: [String], kind: String) -> [[String: Any]] {
        SiteResolver.unique(labels).map { ["label": $0, "url": scheme.url(URLScheme.term(kind, site.config.termSlug($0, kind: kind)))] }
    }

    /// `b` over `a`.
    static func merge(_ a: [String: Any], _ b: [String: Any]) -> [String: Any] {
        a.merging(b) { _, new in new }
    }
}
