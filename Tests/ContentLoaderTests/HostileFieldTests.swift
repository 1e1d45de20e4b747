import Foundation
import Testing
import SiteModel
@testable import ContentLoader

/// Values from site.yaml and people files that reach arithmetic or a page (issue 16): each is a
/// diagnostic at its line, never a trap and never published.
@Suite struct HostileFieldTests {
    let base = "title: T\nbase_url: https://x.org/\n"

    func decode(_ yaml: String) -> (SiteConfig?, [String]) {
        let (config, diagnostics) = SiteConfigDecoder.decode(Array(yaml.utf8))
        return (config, diagnostics.map(\.description))
    }

    @Test func numbersOutsideTheirRangeAreErrorsNotTraps() {
        #expect(decode(base + "paginate: 9223372036854775807\n").1
            == ["site.yaml:3:11: error: `paginate` must be at most 10000 [wrong-type]"])
        #expect(decode(base + "paginate: 99999999999999999999999\n").1
            == ["site.yaml:3:11: error: `paginate` must be at most 10000 [wrong-type]"])
        #expect(decode(base + "paginate: -99999999999999999999999\n").1
            == ["site.yaml:3:11: error: `paginate` must be at least 1 [wrong-type]"])
        #expect(decode(base + "feed_limit: 9223372036854775807\n").1
            == ["site.yaml:3:13: error: `feed_limit` must be at most 100000 [wrong-type]"])
        #expect(decode(base + "pdf: { timeout: 9223372036854775807 }\n").1
            == ["site.yaml:3:17: error: `timeout` must be at most 86400 (seconds) [wrong-type]"])
        #expect(decode(base + "paginate: ten\n").1 == ["site.yaml:3:11: error: `paginate` must be a whole number [wrong-type]"])
        #expect(decode(base + "paginate: 25\n").0?.paginate == 25)
    }

    @Test func scriptURLsInNavAreErrorsAndLeftOut() {
        let yaml = base + "nav:\n  - { title: Home, url: / }\n  - { title: X, url: \"javascript:alert(1)\" }\n"
            + "  - { title: Y, url: \"data:text/html,<script>alert(1)</script>\" }\n  - { title: Z, url: \" JaVaScRiPt:x\" }\n"
        let (config, diagnostics) = decode(yaml)
        #expect(config?.navigation.map(\.url) == ["/"])
        #expect(config?.navigation.first?.location == SourceLocation(file: "site.yaml", line: 4, column: 25))
        #expect(diagnostics.count == 3)
        #expect(diagnostics.allSatisfy { $0.hasSuffix("[unsafe-url]") })
        #expect(diagnostics.first?.hasPrefix("site.yaml:5:22: error: the link `javascript:alert(1)`") == true)
    }

    @Test func scriptURLsInPeopleLinksAreErrors() {
        let text = "---\nname: Bo\nlinks:\n  - { title: Site, url: \"javascript:alert(1)\" }\n  - { title: Web, url: https://bo.example.org/ }\n---\n"
        let (person, diagnostics) = PersonDecoder.decode(Array(text.utf8), path: "content/people/bo.md", id: "bo")
        #expect(person?.links.map(\.url) == ["https://bo.example.org/"])
        #expect(diagnostics.map(\.code) == ["unsafe-url"])
        #expect(diagnostics.first?.location.line == 4)
    }

    @Test func baseURLMustBeAPlainFolderAddress() {
        for bad in ["https://x.example/../../", "https://x.example/a b/", "https://x.example/?q=1", "https:///nohost/",
                    "https://x.example/#top", "https://user:pw@x.example/", "https://x.example/a/./b/", "https://x.example//a/",
                    "ftp://x.example/", "x.example"] {
            #expect(BaseURL.problem(bad) != nil, "\(bad)")
            #expect(decode("title: T\nbase_url: \"\(bad)\"\n").1.first?.hasSuffix("[invalid-base-url]") == true, "\(bad)")
        }
        for good in ["https://x.example/", "http://localhost:8080/research/", "https://x.example/a/b", "https://例え.jp/"] {
            #expect(BaseURL.problem(good) == nil, "\(good)")
        }
    }

    @Test func linkSafetyForLinksRefusesEveryDataURL() {
        #expect(LinkSafety.isDangerousLink("data:image/png;base64,AAAA"))
        #expect(!LinkSafety.isDangerous("data:image/png;base64,AAAA"))
        #expect(!LinkSafety.isDangerousLink("https://example.org/data:x"))
        #expect(!LinkSafety.isDangerousLink("mailto:a@b.org"))
    }

    @Test func checkedNumbersNeverTrap() {
        #expect(CheckedNumber.int(1e300, in: 1...10) == nil)
        #expect(CheckedNumber.int(.infinity, in: 1...10) == nil)
        #expect(CheckedNumber.int(.nan, in: 1...10) == nil)
        #expect(CheckedNumber.int(-1e19, in: Int.min...Int.max) == nil)
        #expect(CheckedNumber.int(9.4, in: 1...10) == 9)
        #expect(CheckedNumber.int(10.6, in: 1...10) == nil)
    }
}

/// The walker and the source lines never leave the site (issue 16).
@Suite struct SiteFolderBoundaryTests {
    func makeSite() throws -> (URL, URL) {
        let base = FileManager.default.temporaryDirectory.appendingPathComponent("imprint-folder-\(UUID().uuidString)")
        let site = base.appendingPathComponent("site"), outside = base.appendingPathComponent("outside")
        let fm = FileManager.default
        try fm.createDirectory(at: site.appendingPathComponent("static/css"), withIntermediateDirectories: true)
        try fm.createDirectory(at: outside.appendingPathComponent("deep"), withIntermediateDirectories: true)
        try Data("a{}".utf8).write(to: site.appendingPathComponent("static/css/a.css"))
        try Data("SECRET-TOKEN\n".utf8).write(to: outside.appendingPathComponent("secret.txt"))
        try Data("x".utf8).write(to: outside.appendingPathComponent("deep/x.txt"))
        return (site, outside)
    }

    @Test func linksOutOfTheSiteAreReportedNotWalked() throws {
        let (site, outside) = try makeSite()
        let fm = FileManager.default
        try fm.createSymbolicLink(atPath: site.appendingPathComponent("static/secret.txt").path, withDestinationPath: outside.path + "/secret.txt")
        try fm.createSymbolicLink(atPath: site.appendingPathComponent("static/etc").path, withDestinationPath: outside.path + "/deep")
        try fm.createSymbolicLink(atPath: site.appendingPathComponent("static/inside.css").path, withDestinationPath: "css/a.css")
        try fm.createSymbolicLink(atPath: site.appendingPathComponent("static/loop").path, withDestinationPath: "..")
        try fm.createSymbolicLink(atPath: site.appendingPathComponent("static/dangling").path, withDestinationPath: "nowhere")
        let folder = SiteFolder(root: site)
        let walk = folder.walk(under: "static")
        #expect(walk.files == ["static/css/a.css", "static/inside.css"])
        #expect(walk.outside == ["static/dangling", "static/etc", "static/secret.txt"])
        #expect(folder.resolvedURL("static/inside.css").path.hasSuffix("/static/css/a.css"))
    }

    /// The quick answer (an lstat and the folder's remembered real path) and the slow one
    /// (realpath of the file) agree: a file in a linked folder is where the link leads.
    @Test func staysInsideFollowsLinkedFoldersAndLinkedFiles() throws {
        let (site, outside) = try makeSite()
        let fm = FileManager.default
        try fm.createDirectory(at: site.appendingPathComponent("content/briefs"), withIntermediateDirectories: true)
        try Data("x".utf8).write(to: site.appendingPathComponent("content/briefs/plain.md"))
        try fm.createSymbolicLink(atPath: site.appendingPathComponent("content/briefs/away").path, withDestinationPath: outside.path + "/deep")
        try fm.createSymbolicLink(atPath: site.appendingPathComponent("content/briefs/home").path, withDestinationPath: "../../static/css")
        try fm.createSymbolicLink(atPath: site.appendingPathComponent("content/briefs/leak.md").path, withDestinationPath: outside.path + "/secret.txt")
        let folder = SiteFolder(root: site)
        // Twice each: the second answer comes from the remembered folder.
        for _ in 0..<2 {
            #expect(folder.staysInside("content/briefs/plain.md"))
            #expect(!folder.staysInside("content/briefs/away/x.txt"))
            #expect(folder.staysInside("content/briefs/home/a.css"))
            #expect(!folder.staysInside("content/briefs/leak.md"))
            #expect(!folder.staysInside("content/../../outside/secret.txt"))
            #expect(!folder.staysInside("content//briefs/away/x.txt"))
        }
        #expect(SiteFolder.plainFolder(of: "content/briefs/a.md") == "content/briefs")
        #expect(SiteFolder.plainFolder(of: "site.yaml") == "")
        #expect(SiteFolder.plainFolder(of: "content/../x") == nil)
        #expect(SiteFolder.plainFolder(of: "/etc/passwd") == nil)
        #expect(SiteFolder.plainFolder(of: "./a") == nil)
    }

    @Test func sourceLinesNeverQuoteAFileOutsideTheSite() throws {
        let (site, outside) = try makeSite()
        try FileManager.default.createDirectory(at: site.appendingPathComponent("content/briefs"), withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(atPath: site.appendingPathComponent("content/briefs/leak.md").path,
                                                   withDestinationPath: outside.path + "/secret.txt")
        var lines = SourceLines(siteRoot: site)
        #expect(lines.line(at: SourceLocation(file: "content/briefs/leak.md")) == nil)
        #expect(lines.line(at: SourceLocation(file: "../outside/secret.txt")) == nil)
        #expect(lines.line(at: SourceLocation(file: outside.path + "/secret.txt")) == nil)
    }

    @Test func sourceLinesOfCRLFFiles() throws {
        let (site, _) = try makeSite()
        try Data("---\r\ntitle: T\r\ndate: 2025-02-30\r\n---\r\n".utf8).write(to: site.appendingPathComponent("b.md"))
        var lines = SourceLines(siteRoot: site)
        #expect(lines.line(at: SourceLocation(file: "b.md", line: 3)) == "date: 2025-02-30")
        #expect(lines.line(at: SourceLocation(file: "b.md", line: 2)) == "title: T")
    }
}
