import SiteModel

/// What one `IncrementalBuilder` build did.
public struct IncrementalResult: Sendable {
    /// False when the content has errors: the output was left as the last good build.
    public var succeeded: Bool
    public var diagnostics: [Diagnostic]
    /// Output-relative paths of the pages rendered again, sorted.
    public var rendered: [String] = []
    /// Output-relative paths whose bytes changed (pages and copied files), sorted.
    public var written: [String] = []
    /// Output-relative paths removed because nothing produces them any more, sorted.
    public var deleted: [String] = []
    /// Pages the site has.
    public var pageCount = 0
    /// Content files decoded and Markdown bodies rendered (the rest came from the caches).
    public var filesDecoded = 0
    public var markdownRendered = 0
    public var seconds = 0.0
    /// True when only the text of existing briefs changed and the last good build was patched
    /// (`IncrementalBuilder.textEdit`) instead of loading and checking the whole site again.
    public var patched = false
    /// The site's root path (`/` or `/research/`) from `base_url`, after a successful build.
    public var basePath: String?

    public var hasErrors: Bool { diagnostics.contains { $0.severity == .error } }

    /// True when only stylesheets changed, so a browser may swap them instead of reloading.
    public var onlyStylesheetsChanged: Bool {
        succeeded && deleted.isEmpty && !written.isEmpty && written.allSatisfy { $0.hasSuffix(".css") }
    }
}
