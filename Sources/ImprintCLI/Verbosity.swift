import ArgumentParser
import PDFExport
import SiteModel

/// `-q` and `-v`, as Hugo and Zola users expect them.
struct Verbosity: ParsableArguments {
    @Flag(name: [.customShort("q"), .long], help: "Print errors only: no warnings, progress or summary.")
    var quiet = false

    @Flag(name: [.customShort("v"), .long], help: "Also print each phase of the work with its time.")
    var verbose = false

    /// What to print of these diagnostics: with `--quiet`, errors only — and under `--strict`,
    /// where a warning fails the command, the warnings too.
    func shown(_ diagnostics: [Diagnostic], strict: Bool) -> [Diagnostic] {
        quiet && !strict ? diagnostics.filter { $0.severity == .error } : diagnostics
    }

    /// The PDF step's progress on standard error, unless `--quiet`.
    var pdfProgress: (any PDFProgress)? { quiet ? nil : PDFProgressReports.forStandardError() }

    func validate() throws {
        if quiet && verbose { throw ValidationError("--quiet and --verbose cannot be used together") }
    }
}
