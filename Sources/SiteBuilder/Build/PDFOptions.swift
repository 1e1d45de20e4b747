import PDFExport

/// What `imprint pdf` or `imprint build --pdf` asked for. A build without it makes no PDF
/// but still publishes the cached ones whose content is current.
public struct PDFOptions: Sendable {
    /// `--weasyprint`: overrides site.yaml `pdf: { weasyprint }`; absolute, or a name on PATH.
    public var weasyprint: String?
    /// Only these briefs (empty: all).
    public var slugs: [String]
    public var shard: Shard?
    /// Make the PDFs again even when the cache says they are current.
    public var force: Bool
    /// Seconds per brief; overrides site.yaml `pdf: { timeout }`.
    public var timeout: Double?
    public var progress: (any PDFProgress)?

    public init(weasyprint: String? = nil, slugs: [String] = [], shard: Shard? = nil, force: Bool = false,
                timeout: Double? = nil, progress: (any PDFProgress)? = nil) {
        self.weasyprint = weasyprint
        self.slugs = slugs
        self.shard = shard
        self.force = force
        self.timeout = timeout
        self.progress = progress
    }
}
