import ArgumentParser
import Foundation
import SiteModel

struct NewBriefCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "brief", abstract: "Create content/briefs/<slug>.md with today's date and every field explained.")

    @Option(name: [.customShort("s"), .long], help: ArgumentHelp("The site folder (default: the current directory).", valueName: "folder"))
    var site: String?

    @Option(name: .long, help: "The slug (default: made from the title).")
    var slug: String?

    @Argument(help: "The brief's title.")
    var title: String

    func validate() throws {
        if title.trimmingCharacters(in: .whitespaces).isEmpty { throw ValidationError("the title is empty") }
        if let slug, !Slug.isValid(slug) {
            throw ValidationError("--slug may contain only lowercase letters, digits and hyphens")
        }
        // Outside a site the brief would be a stray file no build reads.
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: root.appendingPathComponent("site.yaml").path, isDirectory: &isDirectory),
              !isDirectory.boolValue else {
            throw ValidationError("\(root.path) is not an Imprint site (it has no site.yaml): run this inside a site, or pass --site <folder>")
        }
    }

    var root: URL {
        URL(fileURLWithPath: site ?? ".", relativeTo: URL(fileURLWithPath: FileManager.default.currentDirectoryPath)).standardizedFileURL
    }

    func run() throws {
        let slug = self.slug ?? Slug.make(title)
        let folder = root.appendingPathComponent("content/briefs")
        let file = folder.appendingPathComponent("\(slug).md")
        let fm = FileManager.default
        if fm.fileExists(atPath: file.path) || fm.fileExists(atPath: folder.appendingPathComponent(slug).path) {
            DiagnosticPrinter.standardError("error: content/briefs/\(slug) already exists; choose another --slug\n")
            throw ExitCode(ExitStatus.contentErrors)
        }
        try fm.createDirectory(at: folder, withIntermediateDirectories: true)
        try Data(BriefScaffold.text(title: title, date: BriefScaffold.today()).utf8).write(to: file, options: .atomic)
        print("Created content/briefs/\(slug).md")
    }
}
