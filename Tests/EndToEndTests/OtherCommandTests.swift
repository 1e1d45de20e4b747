import Foundation
import Testing

@Suite struct OtherCommandTests {
    @Test func newBriefScaffoldsAFileThatBuilds() throws {
        let site = try ImprintBinary.copyFixture("golden-site/input")
        let made = try ImprintBinary.run(["new", "brief", "Water & Power: A \"New\" Deal", "--site", site.path])
        #expect(made.status == 0, "\(made.stderr)")
        let file = site.appendingPathComponent("content/briefs/water-power-a-new-deal.md")
        let text = try String(contentsOf: file, encoding: .utf8)
        #expect(text.contains("title: \"Water & Power: A \\\"New\\\" Deal\""))
        #expect(text.contains("draft: true"))
        #expect(text.contains("# editors:"))
        // A fresh draft never blocks a build.
        let out = site.deletingLastPathComponent().appendingPathComponent("out")
        let build = try ImprintBinary.run(["build", "--site", site.path, "--output", out.path])
        #expect(build.status == 0, "\(build.stderr)")
        let again = try ImprintBinary.run(["new", "brief", "Water & Power: A \"New\" Deal", "--site", site.path])
        #expect(again.status == 1)
        #expect(again.stderr.contains("already exists"))
    }

    /// Outside a site the brief would be a stray file no build reads: it says so and writes nothing.
    @Test func newBriefOutsideASiteSaysSo() throws {
        let folder = ImprintBinary.temporaryDirectory()
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let made = try ImprintBinary.run(["new", "brief", "Stray", "-s", folder.path])
        #expect(made.status == 2)
        #expect(made.stderr.contains("is not an Imprint site (it has no site.yaml)"), "\(made.stderr)")
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("content").path))
        let here = try ImprintBinary.run(["new", "brief", "Stray"], in: folder)
        #expect(here.status == 2)
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).isEmpty)
    }

    @Test func checkPrintsJSONThatParses() throws {
        let site = ImprintBinary.packageRoot.appendingPathComponent("Tests/Fixtures/invalid-site")
        let result = try ImprintBinary.run(["check", "--site", site.path, "--format", "json"])
        #expect(result.status == 1)
        let parsed = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [[String: Any]]
        let entries = try #require(parsed)
        #expect(entries.count >= 12)
        #expect(entries.allSatisfy { $0["file"] is String && $0["line"] is Int && $0["code"] is String })
    }

    @Test func checkOnAGoodSiteExitsZero() throws {
        let site = ImprintBinary.packageRoot.appendingPathComponent("Tests/Fixtures/golden-site/input")
        let result = try ImprintBinary.run(["check", "--site", site.path])
        #expect(result.status == 0, "\(result.stdout)")
        #expect(result.stdout.contains("No problems found."))
    }
}
