import Foundation
import Testing

/// `check --external` against a web server on loopback (tests never use the internet).
@Suite struct ExternalCheckTests {
    @Test func deadExternalLinksWarnAndAnswersAreCached() throws {
        let served = ImprintBinary.temporaryDirectory()
        try Data("ok".utf8).write(to: served.appendingPathComponent("ok.html"))
        let port = Int.random(in: 20_000..<40_000)
        let server = Process()
        // `exec` keeps one process: the pyenv shim would otherwise fork a child python.
        server.executableURL = URL(fileURLWithPath: "/bin/sh")
        server.arguments = ["-c", "exec python3 -m http.server \"$0\" --bind 127.0.0.1 --directory \"$1\"", "\(port)", served.path]
        server.standardOutput = FileHandle.nullDevice
        server.standardError = FileHandle.nullDevice
        try server.run()
        // SIGKILL and wait: a server left behind would outlive the test run.
        defer {
            kill(server.processIdentifier, SIGKILL)
            server.waitUntilExit()
        }
        Thread.sleep(forTimeInterval: 1.0)

        let site = try ImprintBinary.copyFixture("golden-site/input")
        let brief = "---\ntitle: Links\ndate: 2025-01-01\nauthors: [zara-baloch]\n---\n"
            + "[ok](http://127.0.0.1:\(port)/ok.html) and [gone](http://127.0.0.1:\(port)/gone.html).\n"
        try Data(brief.utf8).write(to: site.appendingPathComponent("content/briefs/links.md"))
        // A translation's own sources are checked too (DESIGN §7).
        let yaml = try String(contentsOf: site.appendingPathComponent("site.yaml"), encoding: .utf8)
        try Data((yaml + "languages:\n  ur: { name: اردو }\n").utf8).write(to: site.appendingPathComponent("site.yaml"))
        try Data("---\ntitle: روابط\n---\n[گم](http://127.0.0.1:\(port)/missing-ur.html)\n".utf8)
            .write(to: site.appendingPathComponent("content/briefs/links.ur.md"))
        let result = try ImprintBinary.run(["check", "--site", site.path, "--external", "--timeout", "5"])
        #expect(result.status == 0, "warnings do not fail a check")
        #expect(result.stdout.contains("content/briefs/links.md:6:"))
        #expect(result.stdout.contains("content/briefs/links.ur.md:4:"), "\(result.stdout)")
        #expect(result.stdout.contains("/gone.html` answered HTTP 404 [external-link-broken]"))
        #expect(!result.stdout.contains("ok.html` answered"))
        let cache = site.appendingPathComponent(".imprint-cache/external-links.json")
        let cached = try JSONSerialization.jsonObject(with: Data(contentsOf: cache)) as? [String: Any]
        #expect(cached?["http://127.0.0.1:\(port)/ok.html"] != nil)
        let strict = try ImprintBinary.run(["check", "--site", site.path, "--external", "--strict"])
        #expect(strict.status == 1)
    }
}
