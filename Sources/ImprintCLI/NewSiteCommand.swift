import ArgumentParser
import Foundation
import SiteModel

struct NewSiteCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "site",
        abstract: "Create a new site: site.yaml with every common setting explained, a sample centre, person, brief and About page.")

    @Option(name: .long, help: "The institute's name (default: made from the folder's name).")
    var title: String?

    @Argument(help: ArgumentHelp("The folder to create; it must not exist, or be empty.", valueName: "folder"))
    var folder: String

    func validate() throws {
        if let title, title.trimmingCharacters(in: .whitespaces).isEmpty { throw ValidationError("--title is empty") }
    }

    func run() throws {
        let target = ScaffoldFolder(folder)
        let fm = FileManager.default
        var isDirectory: ObjCBool = false
        if fm.fileExists(atPath: target.root.path, isDirectory: &isDirectory) {
            let entries = (try? fm.contentsOfDirectory(atPath: target.root.path)) ?? []
            guard isDirectory.boolValue, entries.isEmpty else {
                DiagnosticPrinter.standardError("error: \(folder) already exists and is not an empty folder; nothing was written\n")
                throw ExitCode(ExitStatus.contentErrors)
            }
        }
        let name = title ?? SiteScaffold.name(fromFolder: target.root.lastPathComponent)
        let date = BriefScaffold.today()
        for (path, text) in SiteScaffold.files(name: name, date: date) {
            try target.write(path, text)
        }
        print("""
            Created a new site in \(folder).
            Next: cd \(SiteScaffold.shellQuoted(folder)) && imprint serve
            """)
    }
}
