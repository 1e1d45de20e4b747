import SiteModel

/// Front matter and body of one brief file → `Brief`.
enum BriefDecoder {
    static let knownKeys = [
        "title", "subtitle", "date", "updated", "authors", "editors", "centre", "type", "number",
        "topics", "regions", "summary", "image", "disclaimer", "doi", "keywords", "language",
        "draft", "publish_at", "slug", "aliases", "corrections", "extra", "pdf",
    ]

    /// - Parameters:
    ///   - defaultSlug: the file or bundle name.
    ///   - bundleDirectory: the bundle folder, for a `briefs/<slug>/index.md` brief.
    ///   - taxonomies: the site's own taxonomies, whose names are front-matter keys too.
    /// Returns the brief (nil when the front matter could not be read at all), whether its
    /// required fields were all valid, and the diagnostics.
    /// A translation (DESIGN §7) passes its `original`: what it does not set is the original's,
    /// so no field is required.
    static func decode(_ bytes: [UInt8], path: String, defaultSlug: String, bundleDirectory: String?,
                       taxonomies: [String] = [], original: Brief? = nil) -> (Brief?, complete: Bool, [Diagnostic]) {
        var diagnostics: [Diagnostic] = []
        guard var file = ContentFile.read(bytes, path: path, what: "a brief", diagnostics: &diagnostics) else {
            return (nil, false, diagnostics)
        }
        var f = file.fields
        f.checkKeys(known: knownKeys + taxonomies)
        let required = original == nil
        let title = f.string("title", required: required)
        let date = f.date("date", required: required)
        let authors = f.list("authors", required: required)
        let slugField = f.located("slug")
        let image = decodeImage(&f, inherited: original?.image)
        let disclaimer: Disclaimer
        if let (node, _) = f.entry("disclaimer"), let b = FieldReader.boolean(node) {
            disclaimer = b ? .siteDefault : .none
        } else if let text = f.string("disclaimer") {
            disclaimer = .custom(text)
        } else {
            disclaimer = .siteDefault
        }
        var brief = Brief(
            slug: slugField?.value ?? defaultSlug, sourcePath: path, bundleDirectory: bundleDirectory,
            title: SmartPunctuation.apply(title ?? ""), subtitle: f.string("subtitle").map(SmartPunctuation.apply), date: date ?? SimpleDate(year: 1970, month: 1, day: 1)!,
            updated: f.date("updated"), authors: authors, editors: f.list("editors"),
            centre: f.located("centre"), type: f.located("type"), number: f.string("number"),
            topics: f.list("topics").map(\.value), regions: f.list("regions").map(\.value),
            summary: f.string("summary").map(SmartPunctuation.apply), image: image, disclaimer: disclaimer,
            doi: f.string("doi"), keywords: f.list("keywords").map(\.value), language: f.string("language"),
            draft: f.bool("draft") ?? false, publishAt: decodePublishTime(&f), pdf: f.bool("pdf") ?? true,
            body: file.frontMatter.body, bodyStartLine: file.frontMatter.bodyStartLine)
        brief.aliases = f.aliases()
        brief.corrections = f.corrections()
        brief.extra = f.extra()
        for name in taxonomies {
            let terms = f.list(name).map(\.value)
            if !terms.isEmpty { brief.terms[name] = terms }
        }
        if let date {
            for correction in brief.corrections where correction.date < date {
                f.diagnostics.append(.warning("correction-before-date",
                    "this correction is dated \(correction.date), before the brief's `date` (\(date))", at: correction.location))
            }
        }
        brief.fieldLocations = f.valueLocations
        if let slugField, !Slug.isValid(slugField.value) {
            f.diagnostics.append(.error("invalid-slug",
                "slug `\(slugField.value)` may contain only lowercase letters, digits and hyphens", at: slugField.location))
        }
        if let date, let updated = brief.updated, updated < date, let (node, _) = f.entry("updated") {
            f.diagnostics.append(.warning("updated-before-date",
                "`updated` (\(updated)) is earlier than `date` (\(date))", at: f.location(of: node)))
        }
        file.fields = f
        diagnostics += f.diagnostics
        if let original {
            return (BriefTranslation.merge(brief, over: original, taxonomies: taxonomies), true, diagnostics)
        }
        let complete = title != nil && date != nil && !authors.isEmpty
        return (brief, complete, diagnostics)
    }

    private static func decodePublishTime(_ f: inout FieldReader) -> PublishTime? {
        guard let text = f.string("publish_at"), let (node, _) = f.entry("publish_at") else { return nil }
        guard let time = PublishTime(text) else {
            f.diagnostics.append(.error("invalid-date",
                "`publish_at` must be a date, a time and a zone, e.g. 2031-03-01T09:00+05:00 or 2031-03-01T04:00Z, not `\(text)`",
                at: f.location(of: node)))
            return nil
        }
        return time
    }

    /// `inherited`: a translation's original's image, whose `src` a translation need not repeat
    /// (it gives its own `alt` and `credit`).
    private static func decodeImage(_ f: inout FieldReader, inherited: BriefImage? = nil) -> BriefImage? {
        guard let (node, keyLocation) = f.entry("image") else { return nil }
        if case .scalar = node {
            f.diagnostics.append(.error("wrong-type",
                "`image` must have `src` and `alt`, e.g. `image: { src: hero.png, alt: \"…\" }`", at: f.location(of: node)))
            return nil
        }
        guard var sub = f.nested("image", what: "`image`") else { return nil }
        sub.checkKeys(known: ["src", "alt", "credit", "focus"])
        let src = sub.string("src", required: inherited == nil) ?? inherited?.src
        let alt = sub.string("alt", required: inherited == nil) ?? inherited?.alt
        let credit = sub.string("credit") ?? inherited?.credit
        var focus: FocusPoint?
        if let written = sub.located("focus") {
            focus = FocusPoint(written.value)
            if focus == nil {
                sub.diagnostics.append(.error("wrong-type",
                    "`focus` must be two percentages from the top left (`30% 60%`) or `centre`, `top`, `bottom`, `left`, `right`, not `\(written.value)`",
                    at: written.location))
            }
        }
        f.diagnostics += sub.diagnostics
        guard let src, let alt else { return nil }
        let location = sub.entry("src").map { sub.location(of: $0.node) } ?? inherited?.location ?? keyLocation
        var image = BriefImage(src: src, alt: alt, credit: credit, location: location)
        image.focus = focus ?? inherited?.focus
        return image
    }
}
