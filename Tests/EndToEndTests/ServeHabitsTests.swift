import Foundation
import Testing

/// `serve --open`, `serve --base-url` and `serve -q` (issue 23).
@Suite(.serialized) struct ServeHabitsTests {
    typealias Server = ServeCommandTests.Server

    /// A fake desktop opener on PATH that records the address it was handed.
    func fakeOpener() throws -> (bin: URL, record: URL) {
        let bin = ImprintBinary.temporaryDirectory()
        let record = bin.appendingPathComponent("opened.txt")
        let script = bin.appendingPathComponent("xdg-open")
        try Data("#!/bin/sh\nprintf '%s\\n' \"$1\" >> '\(record.path)'\n".utf8).write(to: script)
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: script.path)
        return (bin, record)
    }

    @Test func openHandsTheAddressToTheBrowserOnce() throws {
        let opener = try fakeOpener()
        let path = opener.bin.path + ":" + (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin")
        let server = try Server(site: ImprintBinary.copyFixture("golden-site/input"), arguments: ["--open"],
                                environment: ["PATH": path])
        let deadline = Date().addingTimeInterval(10)
        while !FileManager.default.fileExists(atPath: opener.record.path) && Date() < deadline { Thread.sleep(forTimeInterval: 0.05) }
        Thread.sleep(forTimeInterval: 0.2)
        let opened = try String(contentsOf: opener.record, encoding: .utf8)
        #expect(opened == "http://127.0.0.1:\(server.port)/research/\n")
        #expect(server.interrupt() == 0)
    }

    @Test func openWithoutABrowserQuietlyServes() throws {
        // No opener anywhere on PATH: the preview runs and says nothing about it.
        let empty = ImprintBinary.temporaryDirectory()
        let server = try Server(site: ImprintBinary.copyFixture("golden-site/input"), arguments: ["--open"],
                                environment: ["PATH": empty.path])
        #expect(try LoopbackHTTP.request(port: server.port, "/research/").status == 200)
        #expect(server.interrupt() == 0)
        #expect(!server.text.contains("error"), "\(server.text)")
        #expect(!server.text.contains("xdg-open"), "\(server.text)")
    }

    @Test func baseURLMovesThePreviewAndItsLinks() throws {
        let server = try Server(site: ImprintBinary.copyFixture("golden-site/input"),
                                arguments: ["--base-url", "https://staging.example.net/preview/"],
                                serving: #"Serving at http://127\.0\.0\.1:(\d+)/preview/"#)
        let page = try LoopbackHTTP.request(port: server.port, "/preview/briefs/gas-prices/")
        #expect(page.status == 200)
        #expect(page.body.contains("https://staging.example.net/preview/briefs/gas-prices/"))
        #expect(!page.body.contains("/research/"))
        #expect(try LoopbackHTTP.request(port: server.port, "/research/").status == 404)
        #expect(server.interrupt() == 0)
        let bad = try ImprintBinary.run(["serve", "--base-url", "not a url", "-s",
                                         ImprintBinary.packageRoot.appendingPathComponent("Tests/Fixtures/golden-site/input").path])
        #expect(bad.status == 2)
        #expect(bad.stderr.contains("--base-url"), "\(bad.stderr)")
    }

    @Test func quietServePrintsErrorsOnly() throws {
        let site = try ImprintBinary.copyFixture("golden-site/input")
        let opener = try fakeOpener()
        let path = opener.bin.path + ":" + (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin")
        // -q prints no "Serving at" line: --open says where the preview is.
        let server = try Server(site: site, arguments: ["-q", "--open"], environment: ["PATH": path], serving: nil)
        let deadline = Date().addingTimeInterval(30)
        while !FileManager.default.fileExists(atPath: opener.record.path) && Date() < deadline { Thread.sleep(forTimeInterval: 0.05) }
        let opened = try String(contentsOf: opener.record, encoding: .utf8)
        let port = try #require(opened.firstMatch(of: /:(\d+)\//)?.1).description
        #expect(try LoopbackHTTP.request(port: Int(port)!, "/research/").status == 200)
        let brief = "content/briefs/grid-reform/index.md"
        let original = try server.read(brief)
        try server.save(brief, original.replacingOccurrences(of: "centre: energy", with: "centre: enrgy"))
        try server.waitFor("error: ", seconds: 20)
        Thread.sleep(forTimeInterval: 0.3)
        #expect(!server.text.contains("Serving at"), "\(server.text)")
        #expect(!server.text.contains("showing the last good build"), "\(server.text)")
        #expect(server.interrupt() == 0)
        #expect(!server.text.contains("Stopping"))
    }
}
