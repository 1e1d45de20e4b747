import Foundation
import Testing
import SiteModel
@testable import SiteBuilder

/// Broken and hostile input: each gets a clear diagnostic at the right line, nothing crashes,
/// nothing is written outside the output folder, and front matter is always escaped.
@Suite struct HostileInputTests {
    /// The errors reported for one file, as `line:code`.
    func codes(_ result: BuildResult, file: String) -> [String] {
        result.diagnostics.filter { $0.location.file == file && $0.severity == .error }.map { "\($0.location.line):\($0.code)" }
    }

    @Test func malformedYAML() throws {
        let site = try TestSite(files: ["content/briefs/a.md": "---\ntitle: A\ndate: 2025-01-01\nauthors: [ana\nsummary: x\n---\n"])
        let result = site.build()
        #expect(codes(result, file: "content/briefs/a.md").first?.hasSuffix(":yaml-syntax") == true)
        #expect(!result.wrote)
    }

    @Test func missingAndUnterminatedFrontMatterAndEmptyFile() throws {
        let site = try TestSite(files: [
            "content/briefs/a.md": "No front matter\n",
            "content/briefs/b.md": "---\ntitle: B\n\nBody without a closing fence\n",
            "content/briefs/c.md": "",
        ])
        let result = site.build()
        #expect(codes(result, file: "content/briefs/a.md") == ["1:missing-front-matter"])
        #expect(codes(result, file: "content/briefs/b.md") == ["1:unterminated-front-matter"])
        #expect(codes(result, file: "content/briefs/c.md") == ["1:empty-file"])
    }

    @Test func byteOrderMarkAndCRLFKeepLineNumbers() throws {
        let text = "\u{FEFF}---\r\ntitle: A\r\ndate: 2025-01-01\r\nauthors: [ana]\r\n---\r\nLine six.\r\n\r\nLine eight[^x].\r\n"
        let site = try TestSite(files: ["content/briefs/a.md": text])
        let result = site.build()
        #expect(codes(result, file: "content/briefs/a.md") == ["8:undefined-footnote"])
    }

    @Test func nonUTF8Bytes() throws {
        let site = try TestSite()
        try site.write("content/briefs/a.md", Data("---\ntitle: A\ndate: 2025-01-01\nauthors: [ana]\n---\nGood\nBad ".utf8) + Data([0xFF, 0xFE]) + Data("\n".utf8))
        #expect(codes(site.build(), file: "content/briefs/a.md") == ["7:not-utf8"])
    }

    @Test func impossibleDate() throws {
        let site = try TestSite(files: ["content/briefs/a.md": "---\ntitle: A\ndate: 2025-02-30\nauthors: [ana]\n---\n"])
        #expect(codes(site.build(), file: "content/briefs/a.md") == ["3:invalid-date"])
    }

    @Test func twentyMegabyteBrief() throws {
        let paragraph = String(repeating: "A long sentence about water tariffs and subsidies. ", count: 40) + "\n\n"
        let body = String(repeating: paragraph, count: 20_000_000 / paragraph.utf8.count + 1)
        let site = try TestSite(files: ["content/briefs/big.md": TestSite.brief(body: body)])
        let result = site.build()
        #expect(!result.hasErrors, "\(result.diagnostics)")
        #expect(try site.page("briefs/big/index.html").utf8.count > 20_000_000)
    }

    @Test func tenThousandNestedListItems() throws {
        let nested = String(repeating: "- ", count: 10_000) + "deep\n"
        let site = try TestSite(files: ["content/briefs/deep.md": TestSite.brief(body: nested)])
        let result = site.build()
        #expect(!result.hasErrors)
        #expect(try site.page("briefs/deep/index.html").contains("deep"))
    }

    @Test func pathsThatTryToLeaveTheSite() throws {
        let site = try TestSite(files: [
            "content/briefs/a.md": TestSite.brief("slug: ../../etc\n"),
            "content/briefs/b.md": TestSite.brief("image: { src: ../../../etc/passwd, alt: x }\n"),
            "content/briefs/c.md": TestSite.brief("image: { src: /etc/passwd, alt: x }\n"),
            "content/briefs/d.md": TestSite.brief(body: "[up](../../../../etc/passwd) ![img](/../../x.png)\n"),
        ])
        let result = site.build()
        #expect(codes(result, file: "content/briefs/a.md") == ["5:invalid-slug"])
        #expect(codes(result, file: "content/briefs/b.md") == ["5:missing-image"])
        #expect(codes(result, file: "content/briefs/c.md") == ["5:missing-image"])
        #expect(codes(result, file: "content/briefs/d.md").sorted() == ["6:broken-link", "6:missing-file"])
        #expect(!result.wrote)
        let parent = site.root.deletingLastPathComponent()
        #expect(try FileManager.default.contentsOfDirectory(atPath: parent.path).sorted() == ["site"])
    }

    @Test func symbolicLinksOutOfTheSiteAreRefused() throws {
        let outside = FixturePaths.temporaryDirectory()
        let secret = outside.appendingPathComponent("secret.md")
        try Data(TestSite.brief(title: "Secret").utf8).write(to: secret)
        let site = try TestSite(files: ["content/briefs/ok/index.md": TestSite.brief()])
        let fm = FileManager.default
        try fm.createSymbolicLink(at: site.root.appendingPathComponent("content/briefs/evil.md"), withDestinationURL: secret)
        try fm.createSymbolicLink(at: site.root.appendingPathComponent("content/briefs/ok/leak.txt"), withDestinationURL: secret)
        try fm.createDirectory(at: site.root.appendingPathComponent("static"), withIntermediateDirectories: true)
        try fm.createSymbolicLink(at: site.root.appendingPathComponent("static/leak.txt"), withDestinationURL: secret)
        let result = site.build()
        #expect(codes(result, file: "content/briefs/evil.md") == ["1:link-outside-site"])
        #expect(!result.wrote)
        try fm.removeItem(at: site.root.appendingPathComponent("content/briefs/evil.md"))
        let second = site.build()
        #expect(second.wrote, "\(second.diagnostics)")
        #expect(!fm.fileExists(atPath: site.output.appendingPathComponent("briefs/ok/leak.txt").path))
        #expect(!fm.fileExists(atPath: site.output.appendingPathComponent("leak.txt").path))
    }

    /// The folder itself may be the link: `static -> /somewhere` publishes nothing from there.
    @Test func aStaticFolderThatIsALinkOutOfTheSiteIsRefused() throws {
        let outside = FixturePaths.temporaryDirectory()
        try Data("secret".utf8).write(to: outside.appendingPathComponent("secret.txt"))
        let site = try TestSite(files: ["content/briefs/ok.md": TestSite.brief()])
        try FileManager.default.createSymbolicLink(at: site.root.appendingPathComponent("static"), withDestinationURL: outside)
        let result = site.build()
        #expect(result.wrote, "\(result.diagnostics)")
        #expect(result.diagnostics.contains { $0.code == "link-outside-site" && $0.location.file == "static" }, "\(result.diagnostics)")
        #expect(!FileManager.default.fileExists(atPath: site.output.appendingPathComponent("secret.txt").path))
    }

    @Test func frontMatterIsEscapedEverywhere() throws {
        let hostile = #"<script>alert("x")</script> & 'quotes' "double" </script>"#
        let yaml = "'" + hostile.replacingOccurrences(of: "'", with: "''") + "'"
        let site = try TestSite(files: [
            "content/briefs/x.md": TestSite.brief("subtitle: \(yaml)\nsummary: \(yaml)\nnumber: \(yaml)\ntopics: [\(yaml)]\nregions: [\(yaml)]\nimage: { src: images/logo.svg, alt: \(yaml), credit: \(yaml) }\ndisclaimer: \(yaml)\n", title: yaml),
        ])
        try site.write("content/people/ana.md", "---\nname: \(yaml)\nrole: \(yaml)\ncentre: water\n---\nBio.\n")
        let result = site.build()
        #expect(!result.hasErrors, "\(result.diagnostics)")
        for file in FixturePaths.files(under: site.output) where file.hasSuffix(".html") {
            let html = try site.page(file)
            #expect(!html.contains("<script>alert"), "unescaped in \(file)")
            #expect(!html.contains("\"double\""), "unescaped quotes in \(file)")
            #expect(!html.contains("</script> &"), "unescaped in \(file)")
        }
        #expect(try site.page("briefs/x/index.html").contains("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;quotes&#39;"))
    }
}
