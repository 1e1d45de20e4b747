import ArgumentParser
import Foundation
import SiteModel

struct NewCentreCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "centre", abstract: "Create content/centres/<id>.md for a research centre or programme.")

    @Option(name: [.customShort("s"), .long], help: ArgumentHelp("The site folder (default: the current directory).", valueName: "folder"))
    var site: String?

    @Option(name: .long, help: "The id briefs and people use in `centre` (default: made from the name).")
    var id: String?

    @Option(name: .customLong("short-name"), help: "The centre's abbreviation (\"CCR\").")
    var shortName: String?

    @Argument(help: "The centre's full name.")
    var name: String

    func validate() throws {
        if name.trimmingCharacters(in: .whitespaces).isEmpty { throw ValidationError("the name is empty") }
        if let id, !Slug.isValid(id) { throw ValidationError("--id may contain only lowercase letters, digits and hyphens") }
        try ScaffoldFolder(site).requireSite()
    }

    func run() throws {
        let folder = ScaffoldFolder(site)
        let id = self.id ?? Slug.make(name)
        let path = "content/centres/\(id).md"
        try folder.refuseExisting([path], advice: "choose another --id")
        try folder.write(path, SiteScaffold.centre(name: name, shortName: shortName))
        print("Created \(path); briefs and people name this centre as \(id)")
    }
}
