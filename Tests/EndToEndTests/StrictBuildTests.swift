import Foundation
import Testing

/// `build --strict` runs the pipeline once: a warning stops it before the swap, and the
/// previous output stays as it was.
@Suite struct StrictBuildTests {
    @Test func aWarningStopsAStrictBuildAndKeepsThePreviousSite() throws {
        let site = try ImprintBinary.copyFixture("golden-site/input")
        let out = site.deletingLastPathComponent().appendingPathComponent("public")
        let first = try ImprintBinary.run(["build", "--site", site.path, "--output", out.path, "--strict"])
        #expect(first.status == 0, "\(first.stderr)")
        let page = out.appendingPathComponent("briefs/gas-prices/index.html")
        let before = try Data(contentsOf: page)

        let brief = site.appendingPathComponent("content/briefs/gas-prices.md")
        let text = try String(contentsOf: brief, encoding: .utf8)
        try Data(text.replacingOccurrences(of: "type: issue-brief", with: "type: issue-brief\ncolour: blue")
            .replacingOccurrences(of: "Prices doubled.", with: "Prices tripled.").utf8).write(to: brief)
        let strict = try ImprintBinary.run(["build", "--site", site.path, "--output", out.path, "--strict"])
        #expect(strict.status == 1)
        #expect(strict.stderr.contains("content/briefs/gas-prices.md:6:1: warning: unknown key `colour`"), "\(strict.stderr)")
        #expect(strict.stderr.contains("Build stopped (--strict): 0 errors, 1 warning;"), "\(strict.stderr)")
        #expect(try Data(contentsOf: page) == before)
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: site.deletingLastPathComponent().path)
            .filter { $0.contains("imprint-staging") }
        #expect(leftovers.isEmpty)

        let relaxed = try ImprintBinary.run(["build", "--site", site.path, "--output", out.path])
        #expect(relaxed.status == 0, "\(relaxed.stderr)")
        #expect(try String(contentsOf: page, encoding: .utf8).contains("Prices tripled."))
        // The up-to-date shortcut does not let a strict build pass over a warning.
        let again = try ImprintBinary.run(["build", "--site", site.path, "--output", out.path, "--strict"])
        #expect(again.status == 1)
    }
}
