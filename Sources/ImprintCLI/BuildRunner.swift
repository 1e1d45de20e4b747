import ArgumentParser
import Foundation
import SiteBuilder

/// Runs a build and reports it: shared by `imprint build` and `imprint pdf`.
struct BuildRunner {
    var siteOptions: SiteOptions
    var output: String?
    var drafts: Bool
    var future = false
    var baseURL: String?
    var allowCrawlers = false
    var strict = false
    /// Replace an output folder that holds files no build wrote.
    var force = false
    var pdf: PDFOptions?
    var say = Verbosity()

    func run() throws {
        let root = siteOptions.siteURL
        let outputURL = output.map { URL(fileURLWithPath: $0, relativeTo: URL(fileURLWithPath: FileManager.default.currentDirectoryPath)).standardizedFileURL }
        // Making PDFs has its own progress bar.
        let progress = pdf == nil ? TerminalProgress.forStandardError(say) : nil
        var options = BuildOptions(siteRoot: root, output: outputURL, includeDrafts: drafts, baseURL: baseURL,
                                   jobs: siteOptions.threads, force: force, strict: strict, pdf: pdf, verbose: say.verbose,
                                   progress: progress, includeFuture: future)
        options.allowCrawlers = allowCrawlers
        // libvips' `vips` when installed (scripts/setup.sh installs it): smaller copies for srcset.
        options.imageVariants = ImageVariantMaker.onPath(siteRoot: root)
        let build = SiteBuild(options: options)
        let printer = DiagnosticPrinter(siteRoot: root)
        // One run: with --strict, warnings stop it before anything is swapped in.
        let result = build.run()
        progress?.finish()
        let shown = say.shown(result.diagnostics, strict: strict)
        if !shown.isEmpty { DiagnosticPrinter.standardError(printer.text(shown)) }
        if let report = result.pdf { PDFReportPrinter.problems(report, quiet: say.quiet) }
        guard result.wrote else {
            let counts = result.diagnostics.isEmpty ? "" : ": \(printer.counts(result.diagnostics))"
            if strict, !result.hasErrors, !result.diagnostics.isEmpty {
                DiagnosticPrinter.standardError("Build stopped (--strict)\(counts); \(options.output.path) was left as it was.\n")
            } else {
                DiagnosticPrinter.standardError("Build failed\(counts); \(options.output.path) was left as it was.\n")
            }
            throw ExitCode(ExitStatus.contentErrors)
        }
        let warnings = result.diagnostics.isEmpty ? "" : " (\(printer.counts(result.diagnostics)))"
        if !say.quiet {
            print(result.summary + warnings)
            if !result.numbered.isEmpty {
                print("Numbered \(result.numbered.joined(separator: ", ")); recorded in series-numbers.json, which keeps them: commit it with the site.")
            }
            if let next = result.embargoed.first {
                let count = result.embargoed.count == 1 ? "1 embargoed brief" : "\(result.embargoed.count) embargoed briefs"
                print("\(count) left out until release (the next, \(next.path), at \(next.until)); `imprint check` lists them, --future builds them.")
            }
            if let report = result.pdf { print(report.summary) }
        }
        if result.pdf?.hasErrors == true { throw ExitCode(ExitStatus.contentErrors) }
    }
}
