import ArgumentParser
import Foundation
import SiteModel

struct NewPersonCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "person", abstract: "Create content/people/<id>.md for an author or editor, every field explained.")

    @Option(name: [.customShort("s"), .long], help: ArgumentHelp("The site folder (default: the current directory).", valueName: "folder"))
    var site: String?

    @Option(name: .long, help: "The id briefs use in `authors` and `editors` (default: made from the name).")
    var id: String?

    @Option(name: .long, help: "The person's role, as bylines show it (\"Senior Fellow\").")
    var role: String?

    @Option(name: .long, help: ArgumentHelp("The id of the person's centre in content/centres.", valueName: "id"))
    var centre: String?

    @Argument(help: "The person's name as bylines show it.")
    var name: String

    func validate() throws {
        if name.trimmingCharacters(in: .whitespaces).isEmpty { throw ValidationError("the name is empty") }
        if let id, !Slug.isValid(id) { throw ValidationError("--id may contain only lowercase letters, digits and hyphens") }
        if let centre, !Slug.isValid(centre) { throw ValidationError("--centre takes a centre's id: lowercase letters, digits and hyphens") }
        try ScaffoldFolder(site).requireSite()
    }

    func run() throws {
        let folder = ScaffoldFolder(site)
        let id = self.id ?? Slug.make(name)
        let path = "content/people/\(id).md"
        try folder.refuseExisting([path], advice: "choose another --id")
        if let centre, !folder.exists("content/centres/\(centre).md") {
            DiagnosticPrinter.standardError("warning: content/centres/\(centre).md does not exist yet; create it with: imprint new centre \"Name\" --id \(centre)\n")
        }
        try folder.write(path, SiteScaffold.person(name: name, role: role, centre: centre))
        print("Created \(path); briefs name this person as \(id)")
    }
}
