import ArgumentParser
import Foundation
import PDFExport
import SiteBuilder
import SiteModel

struct BuildCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "build", abstract: "Build the site into public/ (replaced only when the build succeeds).")

    @OptionGroup var siteOptions: SiteOptions

    @Option(name: [.customShort("o"), .long], help: ArgumentHelp("Output folder (default: <site>/public).", valueName: "folder"))
    var output: String?

    @Flag(name: [.customShort("D"), .long], help: "Include briefs and pages marked `draft: true`.")
    var drafts = false

    @Flag(name: [.customShort("F"), .long], help: "Include briefs whose `publish_at` or `date` is still to come.")
    var future = false

    @OptionGroup var say: Verbosity

    @Option(name: .customLong("base-url"), help: "Override site.yaml's base_url, e.g. for a staging deploy.")
    var baseURL: String?

    @Flag(name: .customLong("allow-crawlers"), help: "With --base-url elsewhere than site.yaml's base_url (a staging build): let search engines in all the same.")
    var allowCrawlers = false

    @Flag(name: .long, help: "Replace an output folder that holds files no build wrote (never the site's sources).")
    var force = false

    @Flag(name: .long, help: "Treat warnings as errors.")
    var strict = false

    @Flag(name: .long, help: "Also make the briefs' PDFs through WeasyPrint (as `imprint pdf`). Without it, cached PDFs that are current are still published.")
    var pdf = false

    @Option(name: .long, help: "The WeasyPrint program, with --pdf (default: site.yaml `pdf: { weasyprint }`, else `weasyprint` on PATH).")
    var weasyprint: String?

    func validate() throws {
        if let baseURL, let problem = BaseURL.problem(baseURL) {
            throw ValidationError(problem.replacingOccurrences(of: "`base_url`", with: "--base-url"))
        }
        if weasyprint != nil, !pdf { throw ValidationError("--weasyprint is only used with --pdf") }
    }

    func run() throws {
        let pdfOptions = pdf
            ? PDFOptions(weasyprint: SiteOptions.toolPath(weasyprint), progress: say.pdfProgress)
            : nil
        try BuildRunner(siteOptions: siteOptions, output: output, drafts: drafts, future: future, baseURL: baseURL,
                        allowCrawlers: allowCrawlers, strict: strict,
                        force: force, pdf: pdfOptions, say: say).run()
    }
}
