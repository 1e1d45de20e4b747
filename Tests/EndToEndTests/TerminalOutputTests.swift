import Foundation
import Testing

/// Colour and the progress line on a terminal; plain text when piped or when `NO_COLOR` is set
/// (issue 23).
@Suite struct TerminalOutputTests {
    static let escape = "\u{1B}["

    @Test func diagnosticsAreInColourOnATerminalOnly() throws {
        let site = try ImprintBinary.siteWithAWarning()
        let out = site.deletingLastPathComponent().appendingPathComponent("public")
        let terminal = try ImprintBinary.runOnTerminal(["build", "-s", site.path, "-o", out.path], environment: ["NO_COLOR": nil])
        #expect(terminal.status == 0, "\(terminal.stdout)")
        #expect(terminal.stdout.contains("\(Self.escape)1mcontent/briefs/gas-prices.md:6:1:\(Self.escape)0m \(Self.escape)1;35mwarning:\(Self.escape)0m"),
                "\(terminal.stdout.debugDescription)")
        #expect(terminal.stdout.contains("\(Self.escape)1;32m^\(Self.escape)0m"))
        #expect(terminal.stdout.contains("Built "))

        // NO_COLOR on a terminal: the same words, no escape at all.
        let noColour = try ImprintBinary.runOnTerminal(["build", "-s", site.path, "-o", out.path], environment: ["NO_COLOR": "1"])
        #expect(noColour.status == 0)
        #expect(noColour.stdout.contains("content/briefs/gas-prices.md:6:1: warning: unknown key"), "\(noColour.stdout)")
        #expect(!noColour.stdout.contains(Self.escape), "\(noColour.stdout.debugDescription)")

        // Piped (a CI log): plain.
        let piped = try ImprintBinary.run(["build", "-s", site.path, "-o", out.path], environment: ["NO_COLOR": nil, "CLICOLOR_FORCE": nil])
        #expect(piped.stderr.contains("content/briefs/gas-prices.md:6:1: warning: "))
        #expect(!piped.stderr.contains(Self.escape) && !piped.stdout.contains(Self.escape))

        // check prints on standard output: colour follows it.
        let check = try ImprintBinary.runOnTerminal(["check", "-s", site.path], environment: ["NO_COLOR": nil])
        #expect(check.stdout.contains("\(Self.escape)1;35mwarning:"), "\(check.stdout.debugDescription)")
        let checkPiped = try ImprintBinary.run(["check", "-s", site.path], environment: ["NO_COLOR": nil, "CLICOLOR_FORCE": nil])
        #expect(checkPiped.stdout.contains("warning: unknown key") && !checkPiped.stdout.contains(Self.escape))
        let errors = try ImprintBinary.runOnTerminal(
            ["check", "-s", ImprintBinary.packageRoot.appendingPathComponent("Tests/Fixtures/invalid-site").path],
            environment: ["NO_COLOR": nil])
        #expect(errors.status == 1)
        #expect(errors.stdout.contains("\(Self.escape)1;31merror:\(Self.escape)0m"))
    }

    /// A site big enough that its build takes over a second even in a release build.
    func largeSite(briefs: Int) throws -> URL {
        let site = try ImprintBinary.copyFixture("golden-site/input")
        let folder = site.appendingPathComponent("content/briefs")
        let template = try String(contentsOf: folder.appendingPathComponent("gas-prices.md"), encoding: .utf8)
        for i in 0..<briefs {
            let text = template.replacingOccurrences(of: "title: ", with: "title: Copy \(i) of ", options: [], range: nil)
            try Data(text.utf8).write(to: folder.appendingPathComponent("copy-\(i).md"))
        }
        return site
    }

    @Test func aLongBuildShowsItsProgressOnATerminalAndErasesIt() throws {
        let site = try largeSite(briefs: 700)
        let out = site.deletingLastPathComponent().appendingPathComponent("public")
        let terminal = try ImprintBinary.runOnTerminal(["build", "-s", site.path, "-o", out.path, "--jobs", "1"])
        #expect(terminal.status == 0, "\(terminal.stdout.suffix(2000))")
        let text = terminal.stdout
        // The phase and a count, drawn over itself, then erased before the summary.
        #expect(text.range(of: #"\r\x{1B}\[K(Rendering briefs|Writing pages) [0-9,]+/[0-9],[0-9]{3}"#, options: .regularExpression) != nil,
                "\(text.suffix(3000).debugDescription)")
        #expect(text.contains("\r\u{1B}[KBuilt "), "\(text.suffix(500).debugDescription)")
        // A line is drawn only when it changes.
        let lines = text.components(separatedBy: "\r\u{1B}[K").filter { !$0.isEmpty }
        #expect(zip(lines, lines.dropFirst()).allSatisfy { $0 != $1 }, "\(lines.prefix(20))")

        // Off a terminal: nothing but the summary.
        let piped = try ImprintBinary.run(["build", "-s", site.path, "-o", out.path + "-piped", "--jobs", "1"])
        #expect(piped.status == 0)
        #expect(piped.stderr.isEmpty, "\(piped.stderr.prefix(500))")
        #expect(piped.stdout.hasPrefix("Built ") && !piped.stdout.contains("\r"))
        // The first preview build shows its progress too, erased before the first line.
        // A sanitized binary (scripts/test.sh) builds about three times slower.
        let seconds = 45 * (Int(ProcessInfo.processInfo.environment["IMPRINT_TEST_SLOWDOWN"] ?? "") ?? 1)
        let serve = try ImprintBinary.runOnTerminal(["serve", "-s", site.path, "-p", "0", "--jobs", "1"],
                                                    wrapper: ["timeout", "-s", "INT", String(seconds)])
        #expect(serve.stdout.range(of: #"\r\x{1B}\[K(Rendering|Reading)[^\r]*\r\x{1B}\[K[0-9:]{8} Built "#, options: .regularExpression) != nil,
                "\(serve.stdout.suffix(1500).debugDescription)")
        #expect(serve.stdout.contains("Serving at http://127.0.0.1:"))
        // --quiet on a terminal: nothing at all.
        let quiet = try ImprintBinary.runOnTerminal(["build", "-s", site.path, "-o", out.path + "-quiet", "--jobs", "1", "-q"])
        #expect(quiet.status == 0)
        #expect(quiet.stdout.isEmpty, "\(quiet.stdout.prefix(500).debugDescription)")
    }
}
