import ArgumentParser

/// `-q` and `-v`, as Hugo and Zola users expect them.
struct Verbosity: ParsableArguments {
    @Flag(name: [.customShort("q"), .long], help: "Print errors only: no warnings, progress or summary.")
    var quiet = false

    @Flag(name: [.customShort("v"), .long], help: "Also print each phase of the work with its time.")
    var verbose = false

    func validate() throws {
        if quiet && verbose { throw ValidationError("--quiet and --verbose cannot be used together") }
    }
}
