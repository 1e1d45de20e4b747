import Foundation

/// One policy brief as loaded from `content/briefs/<slug>.md` or `<slug>/index.md`.
public struct Brief: Sendable, Hashable {
    public var slug: String
    /// Path of the Markdown file relative to the site root.
    public var sourcePath: String
    /// Folder of the bundle relative to the site root, when the brief is a bundle.
    public var bundleDirectory: String?
    public var title: String
    public var subtitle: String?
    public var date: SimpleDate
    public var updated: SimpleDate?
    public var authors: [Located<String>]
    public var editors: [Located<String>]
    public var centre: Located<String>?
    /// Nil means the site's first type.
    public var type: Located<String>?
    public var number: String?
    public var topics: [String]
    public var regions: [String]
    /// Terms of the site's own taxonomies (site.yaml `taxonomies:`), by taxonomy name.
    public var terms: [String: [String]] = [:]
    public var summary: String?
    public var image: BriefImage?
    public var disclaimer: Disclaimer
    public var doi: String?
    public var keywords: [String]
    public var language: String?
    public var draft: Bool
    /// `publish_at`: not published before this moment (a future `date` embargoes it too).
    public var publishAt: PublishTime?
    /// Dated correction notices, oldest first.
    public var corrections: [Correction] = []
    /// `extra:`, the site's own values for templates.
    public var extra: [String: ExtraValue] = [:]
    /// Old addresses (`aliases:`), output-relative (`briefs/old-slug/`), each where it is written.
    public var aliases: [Located<String>] = []
    public var pdf: Bool
    /// The Markdown body, and the file line on which it starts.
    public var body: String
    public var bodyStartLine: Int
    /// Where each front-matter key's value is written, for checks that point at a field.
    public var fieldLocations: [String: SourceLocation] = [:]

    public init(
        slug: String, sourcePath: String, bundleDirectory: String? = nil,
        title: String, subtitle: String? = nil, date: SimpleDate, updated: SimpleDate? = nil,
        authors: [Located<String>], editors: [Located<String>] = [],
        centre: Located<String>? = nil, type: Located<String>? = nil, number: String? = nil,
        topics: [String] = [], regions: [String] = [], summary: String? = nil,
        image: BriefImage? = nil, disclaimer: Disclaimer = .siteDefault,
        doi: String? = nil, keywords: [String] = [], language: String? = nil,
        draft: Bool = false, publishAt: PublishTime? = nil, pdf: Bool = true, body: String, bodyStartLine: Int
    ) {
        self.slug = slug
        self.sourcePath = sourcePath
        self.bundleDirectory = bundleDirectory
        self.title = title
        self.subtitle = subtitle
        self.date = date
        self.updated = updated
        self.authors = authors
        self.editors = editors
        self.centre = centre
        self.type = type
        self.number = number
        self.topics = topics
        self.regions = regions
        self.summary = summary
        self.image = image
        self.disclaimer = disclaimer
        self.doi = doi
        self.keywords = keywords
        self.language = language
        self.draft = draft
        self.publishAt = publishAt
        self.pdf = pdf
        self.body = body
        self.bodyStartLine = bodyStartLine
    }

    /// The location of a field's value, or the top of the file.
    public func location(of field: String) -> SourceLocation {
        fieldLocations[field] ?? SourceLocation(file: sourcePath)
    }

    /// When the brief may be published: `publish_at`, or the start of its `date` in `zone`.
    public func release(in zone: TimeZone) -> PublishTime {
        publishAt ?? PublishTime(startOf: date, in: zone)
    }

    /// The release, when it is still to come at `now`.
    public func embargo(at now: Date, in zone: TimeZone) -> PublishTime? {
        let release = release(in: zone)
        return release.instant > now ? release : nil
    }

    /// The date feeds and sitemaps use: the revision date when there is one.
    public var lastModified: SimpleDate { max(updated ?? date, corrections.last?.date ?? date) }
}
