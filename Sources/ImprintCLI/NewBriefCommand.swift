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
        try ScaffoldFolder(site).requireSite()
    }

    func run() throws {
        let folder = ScaffoldFolder(site)
        let slug = self.slug ?? Slug.make(title)
        try folder.refuseExisting(["content/briefs/\(slug).md", "content/briefs/\(slug)"], advice: "choose another --slug")
        try folder.write("content/briefs/\(slug).md", BriefScaffold.text(title: title, date: BriefScaffold.today()))
        print("Created content/briefs/\(slug).md")
    }
}
