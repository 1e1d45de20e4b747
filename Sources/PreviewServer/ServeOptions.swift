import Foundation
import SiteBuilder

/// What `imprint serve` was asked to do; every input is explicit.
public struct ServeOptions: Sendable {
    public var siteRoot: URL
    public var host: String
    /// 0 lets the system choose (tests).
    public var port: Int
    public var includeDrafts: Bool
    /// Build briefs before their release, marked as embargoed.
    public var includeFuture: Bool
    public var jobs: Int
    /// The folder the preview is built into; nil: a new temporary folder, removed on exit.
    public var output: URL?
    /// Scan for changes instead of using inotify.
    public var polling: Bool
    /// How long the files must stay quiet after a change before the site is rebuilt, so an
    /// editor's save (a temporary file written, then renamed; several events) builds once.
    public var debounce: Duration
    /// Overrides `site.yaml` `base_url` (`serve --base-url`), e.g. to preview on another machine.
    public var baseURL: String?
    /// Each phase of each build with its time on standard error (`--verbose`).
    public var verbose: Bool
    /// Told each phase and page of the builds (the terminal's progress line).
    public var progress: (any BuildProgress)?
    /// Makes the image copies and share cards pages name, when a browser asks for them (libvips).
    public var imageVariants: ImageVariantMaker?

    public init(siteRoot: URL, host: String = "127.0.0.1", port: Int = 8000, includeDrafts: Bool = true, includeFuture: Bool = true,
                jobs: Int = ProcessInfo.processInfo.activeProcessorCount, output: URL? = nil,
                polling: Bool = false, debounce: Duration = .milliseconds(15), baseURL: String? = nil,
                verbose: Bool = false, progress: (any BuildProgress)? = nil) {
        self.siteRoot = siteRoot
        self.host = host
        self.port = port
        self.includeDrafts = includeDrafts
        self.includeFuture = includeFuture
        self.jobs = max(1, jobs)
        self.output = output
        self.polling = polling
        self.debounce = debounce
        self.baseURL = baseURL
        self.verbose = verbose
        self.progress = progress
    }
}

/// Why `imprint serve` could not start.
public enum ServeError: Error, CustomStringConvertible, Equatable {
    case portInUse(host: String, port: Int, suggestion: Int?)
    case cannotListen(String)
    case cannotPrepare(String)

    public var description: String {
        switch self {
        case .portInUse(let host, let port, let suggestion):
            var message = "port \(port) on \(host) is already in use (is another `imprint serve` running?)"
            if let suggestion { message += "; port \(suggestion) is free: imprint serve --port \(suggestion)" }
            return message
        case .cannotListen(let s), .cannotPrepare(let s):
            return s
        }
    }
}
