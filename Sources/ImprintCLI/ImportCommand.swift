import ArgumentParser
import Foundation
import ManuscriptImport
import SiteModel

struct ImportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Turn a Word manuscript (.docx) into a brief: notes, byline, headings, tables and images (needs Pandoc).")

    @Option(name: [.customShort("s"), .long], help: ArgumentHelp("The site folder (default: the current directory).", valueName: "folder"))
    var site: String?

    @Option(name: .long, help: "The brief's slug (default: made from the manuscript's title).")
    var slug: String?

    @Flag(name: .long, help: "Replace a brief that already has this slug.")
    var force = false

    @Option(name: .long, help: ArgumentHelp("The Pandoc program (default: pandoc on PATH).", valueName: "path"))
    var pandoc: String?

    @Argument(help: ArgumentHelp("The manuscript.", valueName: "file.docx"))
    var file: String

    func validate() throws {
        if let slug, !Slug.isValid(slug) { throw ValidationError("--slug may contain only lowercase letters, digits and hyphens") }
        try ScaffoldFolder(site).requireSite()
    }

    func run() throws {
        let root = ScaffoldFolder(site).root
        let manuscript = URL(fileURLWithPath: file, relativeTo: URL(fileURLWithPath: FileManager.default.currentDirectoryPath)).standardizedFileURL
        let importer = ManuscriptImporter(siteRoot: root, pandocPath: SiteOptions.toolPath(pandoc))
        let report: ImportReport
        do {
            let today = SimpleDate(BriefScaffold.today()) ?? SimpleDate(year: 2000, month: 1, day: 1)!
            report = try importer.run(manuscript, slug: slug, force: force, today: today)
        } catch {
            DiagnosticPrinter.standardError("\(file): error: \(error)\n")
            throw ExitCode(ExitStatus.contentErrors)
        }
        let printer = DiagnosticPrinter(siteRoot: root)
        if !report.diagnostics.isEmpty { DiagnosticPrinter.standardError(printer.text(report.diagnostics)) }
        print(report.summary)
        let counts = report.diagnostics.isEmpty ? "" : " (\(printer.counts(report.diagnostics)))"
        print("It is marked `draft: true`\(counts): read it with `imprint serve`, then remove that line to publish.")
    }
}
