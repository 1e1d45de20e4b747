import ArgumentParser

struct NewCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "new", abstract: "Scaffold new content.", subcommands: [NewBriefCommand.self])
}
