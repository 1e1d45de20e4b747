import ArgumentParser
import Foundation
import SiteBuilder
import SiteModel

struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check", abstract: "Run every check without writing anything.")

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case text, json
    }

    @OptionGroup var siteOptions: SiteOptions

    @Option(name: .long, help: "Output format: text or json.")
    var format: Format = .text

    @OptionGroup var say: Verbosity

    @Flag(name: [.customShort("D"), .long], help: "Include drafts, as `build --drafts` would.")
    var drafts = false

    @Flag(name: [.customShort("F"), .long], help: "Include embargoed briefs, as `build --future` would.")
    var future = false

    @Flag(name: .long, help: "Fail on warnings too.")
    var strict = false

    @Flag(name: .long, help: "Also ask every external URL whether it answers (needs the network; results cached in .imprint-cache/).")
    var external = false

    @Option(name: .long, help: "With --external: seconds to wait for each URL.")
    var timeout: Double = 10

    @Option(name: .long, help: "With --external: URLs asked at once.")
    var concurrency: Int = 8

    func run() throws {
        let root = siteOptions.siteURL
        let progress = TerminalProgress.forStandardError(say)
        var options = BuildOptions(siteRoot: root, includeDrafts: drafts, jobs: siteOptions.threads,
                                   verbose: say.verbose, progress: progress, includeFuture: future)
        // Whether a build here would make smaller copies decides which images readers get as they are.
        options.imageVariants = ImageVariantMaker.onPath(siteRoot: root)
        let build = SiteBuild(options: options)
        let checker = external ? ExternalLinkChecker(
            timeout: timeout, concurrency: concurrency,
            cacheFile: root.appendingPathComponent(".imprint-cache/external-links.json")) : nil
        let result = build.check(external: checker)
        progress?.finish()
        // `check` prints its findings on standard output: colour follows that.
        let printer = DiagnosticPrinter(siteRoot: root, colour: Terminal.colours(STDOUT_FILENO))
        switch format {
        case .text where say.quiet:
            print(printer.text(say.shown(result.diagnostics, strict: strict)), terminator: "")
        case .text:
            print(printer.text(result.diagnostics), terminator: "")
            for embargo in result.embargoed {
                print("\(embargo.path): embargoed until \(embargo.until): \(embargo.title)")
            }
            print(result.diagnostics.isEmpty ? "No problems found." : printer.counts(result.diagnostics))
        case .json:
            print(DiagnosticJSON.encode(result.diagnostics))
        }
        let failed = result.hasErrors || (strict && !result.diagnostics.isEmpty)
        if failed { throw ExitCode(ExitStatus.contentErrors) }
    }
}
