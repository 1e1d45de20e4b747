import ArgumentParser

struct NewCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "new", abstract: "Scaffold a new site, brief, person or centre.",
        subcommands: [NewSiteCommand.self, NewBriefCommand.self, NewPersonCommand.self, NewCentreCommand.self])
}
