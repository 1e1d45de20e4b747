import ArgumentParser
import Foundation
import SiteBuilder

struct BuildCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "build", abstract: "Build the site into public/ (replaced only when the build succeeds).")

    @OptionGroup var siteOptions: SiteOptions

    @Option(name: .long, help: "Output folder (default: <site>/public).")
    var output: String?

    @Flag(name: .long, help: "Include briefs and pages marked `draft: true`.")
    var drafts = false

    @Option(name: .customLong("base-url"), help: "Override site.yaml's base_url, e.g. for a staging deploy.")
    var baseURL: String?

    @Flag(name: .long, help: "Treat warnings as errors.")
    var strict = false

    func validate() throws {
        if let baseURL, !(baseURL.hasPrefix("https://") || baseURL.hasPrefix("http://")) {
            throw ValidationError("--base-url must start with https:// or http://")
        }
    }

    func run() throws {
        let root = siteOptions.siteURL
        let outputURL = output.map { URL(fileURLWithPath: $0, relativeTo: URL(fileURLWithPath: FileManager.default.currentDirectoryPath)).standardizedFileURL }
        let options = BuildOptions(siteRoot: root, output: outputURL, includeDrafts: drafts, baseURL: baseURL,
                                   jobs: siteOptions.jobs)
        let build = SiteBuild(options: options)
        let printer = DiagnosticPrinter(siteRoot: root)
        if strict {
            let checked = build.check()
            if !checked.diagnostics.isEmpty {
                DiagnosticPrinter.standardError(printer.text(checked.diagnostics))
            }
            if !checked.diagnostics.isEmpty {
                DiagnosticPrinter.standardError("Build stopped (--strict): \(printer.counts(checked.diagnostics)); nothing was written.\n")
                throw ExitCode(ExitStatus.contentErrors)
            }
        }
        let result = build.run()
        if !result.diagnostics.isEmpty { DiagnosticPrinter.standardError(printer.text(result.diagnostics)) }
        guard result.wrote else {
            DiagnosticPrinter.standardError("Build failed: \(printer.counts(result.diagnostics)); \(options.output.path) was left as it was.\n")
            throw ExitCode(ExitStatus.contentErrors)
        }
        let warnings = result.diagnostics.isEmpty ? "" : " (\(printer.counts(result.diagnostics)))"
        print(result.summary + warnings)
    }
}
