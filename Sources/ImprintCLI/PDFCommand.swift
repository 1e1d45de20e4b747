import ArgumentParser
import Foundation
import PDFExport
import SiteBuilder
import SiteModel

/// `imprint pdf`: brings the briefs' PDFs up to date through WeasyPrint, then builds the site
/// so that every brief page links to its PDF. The build costs little next to the PDFs, and a
/// PDF copied into an old build would have no link; so this is `imprint build --pdf` with
/// a choice of briefs.
struct PDFCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "pdf",
        abstract: "Make the briefs' PDFs (only those that changed) and build the site with them.",
        discussion: """
            PDFs are kept in <site>/.imprint-cache/pdf/ and copied into public/briefs/<slug>/<slug>.pdf \
            by every build. Briefs not chosen by SLUG or --shard keep their cached PDF when it is current.
            """)

    @OptionGroup var siteOptions: SiteOptions

    @Argument(help: "Only these briefs (default: every brief whose `pdf` is not false).")
    var slugs: [String] = []

    @Option(name: [.customShort("o"), .long], help: ArgumentHelp("Output folder (default: <site>/public).", valueName: "folder"))
    var output: String?

    @OptionGroup var say: Verbosity

    @Flag(name: [.customShort("D"), .long], help: "Include briefs and pages marked `draft: true`.")
    var drafts = false

    @Flag(name: [.customShort("F"), .long], help: "Include briefs whose `publish_at` or `date` is still to come.")
    var future = false

    @Option(name: .customLong("base-url"), help: "Override site.yaml's base_url, e.g. for a staging deploy.")
    var baseURL: String?

    @Flag(name: .customLong("allow-crawlers"), help: "With --base-url elsewhere than site.yaml's base_url (a staging build): let search engines in all the same.")
    var allowCrawlers = false

    @Option(name: .long, help: "Make only part K of N of the PDFs, e.g. 2/4 (split by sorted slug), for several CI machines.")
    var shard: String?

    @Option(name: .long, help: "The WeasyPrint program (default: site.yaml `pdf: { weasyprint }`, else `weasyprint` on PATH).")
    var weasyprint: String?

    @Option(name: .long, help: "Seconds one brief may take before WeasyPrint is stopped (default: site.yaml, else 180).")
    var timeout: Double?

    @Flag(name: .long, help: "Make the PDFs again even when they are current.")
    var force = false

    func validate() throws {
        if let shard, Shard(shard) == nil {
            throw ValidationError("--shard must be K/N with 1 ≤ K ≤ N, e.g. 2/4")
        }
        if let timeout, timeout <= 0 { throw ValidationError("--timeout must be more than 0 seconds") }
        if let baseURL, let problem = BaseURL.problem(baseURL) {
            throw ValidationError(problem.replacingOccurrences(of: "`base_url`", with: "--base-url"))
        }
    }

    func run() throws {
        let pdf = PDFOptions(weasyprint: SiteOptions.toolPath(weasyprint), slugs: slugs, shard: shard.flatMap(Shard.init),
                             force: force, timeout: timeout, progress: say.pdfProgress)
        try BuildRunner(siteOptions: siteOptions, output: output, drafts: drafts, future: future, baseURL: baseURL,
                        allowCrawlers: allowCrawlers, pdf: pdf, say: say).run()
    }
}
