import Foundation

/// What `imprint build` was asked to do; every input is explicit.
public struct BuildOptions: Sendable {
    public var siteRoot: URL
    public var output: URL
    public var includeDrafts: Bool
    /// A staging build (`baseURL` not site.yaml's) still lets crawlers in (`--allow-crawlers`).
    public var allowCrawlers = false
    /// Builds briefs whose `publish_at` or `date` is still to come (`--future`).
    public var includeFuture: Bool
    /// The moment embargoes are measured against.
    public var now: Date
    /// Overrides `site.yaml` `base_url` (e.g. for a staging deploy).
    public var baseURL: String?
    public var jobs: Int
    /// Replace an output folder that holds files no build wrote (`--force`); never a source folder.
    public var force: Bool
    /// Warnings stop the build as errors do (`--strict`).
    public var strict: Bool
    /// Make PDFs (`--pdf`, `imprint pdf`); nil publishes only cached PDFs that are current.
    public var pdf: PDFOptions?
    /// Print each phase with its time to standard error (`--verbose`).
    public var verbose: Bool

    /// Indexes the site for search when `site.yaml` enables it.
    public var pagefind: PagefindRunner

    /// Makes smaller copies of raster images for `srcset` (libvips); nil offers each image as it is.
    public var imageVariants: ImageVariantMaker?

    /// Told each phase and each page as the build goes (not part of what the build makes).
    public var progress: (any BuildProgress)?

    public init(siteRoot: URL, output: URL? = nil, includeDrafts: Bool = false, baseURL: String? = nil,
                jobs: Int = ProcessInfo.processInfo.activeProcessorCount, force: Bool = false, strict: Bool = false,
                pdf: PDFOptions? = nil, verbose: Bool = false,
                pagefind: PagefindRunner = PagefindRunner(), progress: (any BuildProgress)? = nil,
                includeFuture: Bool = false, now: Date = Date()) {
        self.siteRoot = siteRoot
        self.output = output ?? siteRoot.appendingPathComponent("public")
        self.includeDrafts = includeDrafts
        self.includeFuture = includeFuture
        self.now = now
        self.baseURL = baseURL
        self.jobs = max(1, jobs)
        self.force = force
        self.strict = strict
        self.pdf = pdf
        self.verbose = verbose
        self.pagefind = pagefind
        self.progress = progress
    }

    public var publication: Publication {
        Publication(includeDrafts: includeDrafts, includeFuture: includeFuture, now: now)
    }
}
