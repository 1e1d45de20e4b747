import Foundation
import SiteModel

/// Which briefs a build publishes. A draft only with `--drafts`; a brief whose release
/// (`publish_at`, or the start of a future `date` in the machine's time zone) is still to come
/// only with `--future`. A draft's problems only warn when it is not built, since it is work in
/// progress; an embargoed brief's stay errors, since it will be published by a later build
/// without anyone looking again.
public struct Publication: Sendable {
    public var includeDrafts: Bool
    public var includeFuture: Bool
    public var now: Date
    public var zone: TimeZone

    public init(includeDrafts: Bool, includeFuture: Bool = false, now: Date = Date(), zone: TimeZone = .current) {
        self.includeDrafts = includeDrafts
        self.includeFuture = includeFuture
        self.now = now
        self.zone = zone
    }

    /// The brief's release, when it is still to come.
    public func embargo(_ brief: Brief) -> PublishTime? { brief.embargo(at: now, in: zone) }

    /// Left out of this build.
    public func hides(_ brief: Brief) -> Bool {
        (brief.draft && !includeDrafts) || (!includeFuture && embargo(brief) != nil)
    }

    /// A draft left out: its problems are reported as warnings.
    public func demotes(_ brief: Brief) -> Bool { brief.draft && !includeDrafts }
}
