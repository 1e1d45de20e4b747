import SiteModel

/// What `imprint import` did: the brief it wrote, a one-line account, and every warning with the
/// line of the written brief it concerns.
public struct ImportReport: Sendable {
    /// Site-relative path of the written brief, e.g. `content/briefs/indus-treaty/index.md`.
    public var path: String
    public var summary: String
    public var diagnostics: [Diagnostic]
}
