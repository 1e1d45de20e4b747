import ArgumentParser
import Foundation
import PreviewServer
import SiteBuilder
import SiteModel

struct ServeCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve",
        abstract: "Preview the site: build it with drafts, serve it, rebuild what changes and reload the browser.")

    @OptionGroup var siteOptions: SiteOptions

    @Option(name: .long, help: "Address to listen on (default: this machine only).")
    var host = "127.0.0.1"

    @Option(name: [.customShort("p"), .long], help: "Port to listen on.")
    var port = 8000

    @Flag(inversion: .prefixedNo, help: "Show briefs and pages marked `draft: true`.")
    var drafts = true

    @Flag(inversion: .prefixedNo, help: "Show briefs whose `publish_at` or `date` is still to come, marked as embargoed.")
    var future = true

    @Flag(name: .long, help: "Find changes by scanning the folders instead of inotify.")
    var poll = false

    @Flag(name: .long, help: "Open the preview in the default browser, when there is one.")
    var open = false

    @Option(name: .customLong("base-url"), help: "Override site.yaml's base_url, e.g. to preview from another machine.")
    var baseURL: String?

    @OptionGroup var say: Verbosity

    func validate() throws {
        guard (0...65535).contains(port) else { throw ValidationError("--port must be between 0 and 65535") }
        guard !host.isEmpty else { throw ValidationError("--host must not be empty") }
        if let baseURL, let problem = BaseURL.problem(baseURL) {
            throw ValidationError(problem.replacingOccurrences(of: "`base_url`", with: "--base-url"))
        }
    }

    func run() async throws {
        let root = siteOptions.siteURL
        let printer = DiagnosticPrinter(siteRoot: root)
        let progress = TerminalProgress.forStandardError(say)
        var options = ServeOptions(siteRoot: root, host: host, port: port, includeDrafts: drafts, includeFuture: future,
                                   jobs: siteOptions.threads, polling: poll, baseURL: baseURL,
                                   verbose: say.verbose, progress: progress)
        options.imageVariants = ImageVariantMaker.onPath(siteRoot: root)
        let say = self.say, open = self.open
        let server: PreviewServer
        do {
            server = try PreviewServer(options: options) { event in
                if case .built = event { progress?.finish() }
                ServeCommand.print(event, printer, say)
                if open, case .listening(let url, _, _) = event { BrowserOpener.open(url) }
            }
            try await server.run()
        } catch let error as ServeError {
            progress?.finish()
            DiagnosticPrinter.standardError("error: \(error)\n")
            if case .portInUse = error { throw ExitCode(ExitStatus.usage) }
            throw ExitCode(ExitStatus.contentErrors)
        }
    }

    /// One line per event; diagnostics as `imprint build` prints them. With `--quiet`, errors only.
    static func print(_ event: PreviewEvent, _ printer: DiagnosticPrinter, _ say: Verbosity) {
        switch event {
        case .listening(let url, _, let watcher):
            if !say.quiet { line("Serving at \(url) (watching with \(watcher); Ctrl-C to stop)") }
        case .built(let changes, let result):
            let shown = say.shown(result.diagnostics, strict: false)
            if !shown.isEmpty { DiagnosticPrinter.standardError(printer.text(shown)) }
            if say.quiet { return }
            let time = String(format: "%.0f ms", result.seconds * 1000)
            let what = changes.isEmpty ? "Built \(result.pageCount) pages" : describe(changes)
            if result.succeeded {
                let rendered = result.rendered.count
                var parts = ["\(rendered) page\(rendered == 1 ? "" : "s") re-rendered"]
                let copied = result.written.count(where: { !$0.hasSuffix(".html") })
                if copied > 0 { parts.append("\(copied) file\(copied == 1 ? "" : "s") copied") }
                if !result.deleted.isEmpty { parts.append("\(result.deleted.count) removed") }
                if changes.isEmpty { parts = [] }
                line(([what] + parts + [time]).joined(separator: " · "))
            } else if changes.isEmpty {
                line("The site has \(printer.counts(result.diagnostics)); the preview builds itself once they are fixed")
            } else {
                line("\(what) · \(printer.counts(result.diagnostics)); showing the last good build · \(time)")
            }
        case .watcherFallback(let reason):
            if !say.quiet { line("inotify is not available (\(reason)); scanning for changes instead") }
        case .stopping:
            if !say.quiet { line("Stopping") }
        }
    }

    static func describe(_ changes: [SiteChange]) -> String {
        let shown = changes.prefix(3).map(\.description).joined(separator: ", ")
        return changes.count > 3 ? shown + " and \(changes.count - 3) more" : shown
    }

    static func line(_ text: String) {
        let formatter = DateFormatter()
        formatter.dateFormat = "HH:mm:ss"
        FileHandle.standardOutput.write(Data("\(formatter.string(from: Date())) \(text)\n".utf8))
    }
}
