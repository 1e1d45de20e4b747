import Foundation
import SiteModel

/// A brief left out of a build until its release, as `build` counts and `check` lists them.
public struct Embargo: Codable, Sendable, Hashable {
    public var path: String
    public var title: String
    /// As written, `2031-03-01 09:00 +05:00`.
    public var until: String
    public var instant: Date

    init(_ brief: Brief, release: PublishTime) {
        path = brief.sourcePath
        title = brief.title
        until = release.description
        instant = release.instant
    }

    /// The briefs of `site` whose release is still to come (drafts are drafts first), soonest
    /// first: left out of this build unless `--future`, and in either case a reason for its
    /// output to be out of date once the first is due.
    /// Every embargoed brief of the site, in every language: each release is a rebuild to make.
    static func all(in site: Site, _ publication: Publication) -> [Embargo] {
        (site.briefs + site.translations.values.flatMap(\.briefs)).compactMap { brief in
            guard !publication.demotes(brief), let release = publication.embargo(brief) else { return nil }
            return Embargo(brief, release: release)
        }.sorted { ($0.instant, $0.path) < ($1.instant, $1.path) }
    }
}
