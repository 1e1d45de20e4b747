import Foundation

/// What an output stream is: a terminal takes colour and lines redrawn in place; a pipe or a
/// file (a CI log) gets plain text. `NO_COLOR` (no-color.org) turns colour off; `CLICOLOR_FORCE`
/// turns it on off a terminal.
enum Terminal {
    static func isTerminal(_ fd: Int32) -> Bool { isatty(fd) == 1 }

    static func colours(_ fd: Int32) -> Bool {
        let environment = ProcessInfo.processInfo.environment
        if let noColour = environment["NO_COLOR"], !noColour.isEmpty { return false }
        if let force = environment["CLICOLOR_FORCE"], !force.isEmpty, force != "0" { return true }
        return isTerminal(fd) && environment["TERM"] != "dumb"
    }
}
