import ContentLoader
import Foundation
import MarkdownRender
import Testing
@testable import SiteBuilder
import SiteModel

/// The streamed build (`SiteBuild.streamedRun`): bodies read from their files when rendered,
/// brief pages written before the link checks, and a late error still discarding everything.
@Suite struct StreamedBuildTests {
    @Test func aLoadWithoutBodiesKeepsTheirFingerprintAndReadsThemAgain() throws {
        let site = try TestSite(files: ["content/briefs/a.md": TestSite.brief(body: "Été à Paris.\n\nMore.\n")])
        let loader = SiteLoader(root: site.root, jobs: 1, keepsBriefBodies: false)
        let loaded = loader.load()
        let brief = try #require(loaded.site?.briefs.first)
        #expect(brief.body == "")
        let fingerprint = try #require(loaded.briefBodies["content/briefs/a.md"])
        #expect(fingerprint.byteCount == "Été à Paris.\n\nMore.\n".utf8.count)
        #expect(fingerprint.startLine == brief.bodyStartLine)
        #expect(fingerprint.stamp != nil)
        #expect(loader.briefBody(at: brief.sourcePath, loaded: fingerprint) == .success("Été à Paris.\n\nMore.\n"))
        #expect(SiteLoader(root: site.root, jobs: 1).load().briefBodies.isEmpty, "a load that keeps bodies needs none")
    }

    @Test func aBodyThatChangedSinceTheLoadIsNotTaken() throws {
        let site = try TestSite(files: ["content/briefs/a.md": TestSite.brief(body: "First text.\n")])
        let loader = SiteLoader(root: site.root, jobs: 1, keepsBriefBodies: false)
        let loaded = loader.load()
        let path = "content/briefs/a.md"
        let fingerprint = loaded.briefBodies[path]
        // The same length and lines: only the file's stat tells.
        try site.write(path, TestSite.brief(body: "Fresh text.\n"))
        #expect(loader.briefBody(at: path, loaded: fingerprint) == .failure(.changed))
        try site.write(path, TestSite.brief(body: "Another, longer text.\n"))
        #expect(loader.briefBody(at: path, loaded: fingerprint) == .failure(.changed))
        try FileManager.default.removeItem(at: site.root.appendingPathComponent(path))
        #expect(loader.briefBody(at: path, loaded: fingerprint) == .failure(.unreadable))
        let outside = FixturePaths.temporaryDirectory().appendingPathComponent("elsewhere.md")
        try Data(TestSite.brief(body: "First text.\n").utf8).write(to: outside)
        try FileManager.default.createSymbolicLink(at: site.root.appendingPathComponent(path), withDestinationURL: outside)
        #expect(loader.briefBody(at: path, loaded: fingerprint) == .failure(.outside))

        let taken = try #require(loaded.site)
        let sources = BriefSources(reading: taken, loader: loader, fingerprints: loaded.briefBodies)
        let rendered = SiteBuild.renderBrief(0, of: taken.briefs, sources: sources) { body, _, _, _ in
            RenderedMarkdown(html: body)
        }
        #expect(rendered.diagnostics.map(\.code) == ["link-outside-site"])
        #expect(rendered.diagnostics.first?.location.file == path)
    }

    /// The streamed build copies static files before it writes brief pages; a page must still
    /// win over a static file at its path, as in the build that keeps bodies.
    @Test func aPageWinsOverAStaticFileAtItsPathEitherWay() throws {
        let site = try TestSite(files: [
            "content/briefs/a.md": TestSite.brief(body: "The page.\n"),
            "static/briefs/a/index.html": "<p>a static file</p>\n",
        ])
        let build = { (streaming: Bool, output: URL) in
            SiteBuild(options: BuildOptions(siteRoot: site.root, output: output, jobs: 2)).run(streaming: streaming)
        }
        let kept = site.output.deletingLastPathComponent().appendingPathComponent("kept")
        #expect(build(true, site.output).wrote)
        #expect(build(false, kept).wrote)
        let page = try site.page("briefs/a/index.html")
        #expect(page.contains("The page."))
        #expect(try String(contentsOf: kept.appendingPathComponent("briefs/a/index.html"), encoding: .utf8) == page)
    }

    /// A file copied into the staging folder may be a hard link to the previous output's file
    /// (its bytes did not change); writing a page over it must not write through the link.
    @Test func writingOverALinkedFileLeavesThePreviousOutputAlone() throws {
        let site = try TestSite(files: ["content/briefs/a.md": TestSite.brief(body: "First.\n")])
        #expect(site.build().wrote)
        let before = try site.page("briefs/a/index.html")
        try site.write("static/briefs/a/index.html", before)
        try site.write("content/briefs/a.md", TestSite.brief(body: "Second, with [a broken link](/briefs/missing/).\n"))
        #expect(!site.build().wrote)
        #expect(try site.page("briefs/a/index.html") == before)
    }

    @Test func diagnosticsAreTheSameStreamedOrNot() throws {
        let input = FixturePaths.fixtures.appendingPathComponent("invalid-site")
        let run = { (streaming: Bool) in
            SiteBuild(options: BuildOptions(siteRoot: input, output: FixturePaths.temporaryDirectory().appendingPathComponent("public"),
                                            jobs: 2)).run(streaming: streaming)
        }
        let streamed = run(true), kept = run(false)
        #expect(!streamed.diagnostics.isEmpty)
        #expect(streamed.diagnostics == kept.diagnostics)
        #expect(!streamed.wrote && !kept.wrote)

        // An output folder that is not a built site is refused after the checks, both ways.
        let site = try TestSite(files: ["content/briefs/a.md": TestSite.brief()])
        try FileManager.default.createDirectory(at: site.output.appendingPathComponent(".git"), withIntermediateDirectories: true)
        let refuse = { (streaming: Bool) in
            SiteBuild(options: BuildOptions(siteRoot: site.root, output: site.output, jobs: 2)).run(streaming: streaming)
        }
        let (a, b) = (refuse(true), refuse(false))
        #expect(a.diagnostics.last?.code == "write-failed")
        #expect(!a.wrote && !b.wrote)
        #expect(a.diagnostics == b.diagnostics)
    }

    /// Brief pages are written before the links are checked: a broken link found afterwards
    /// must still leave the previous output as it was and no staging folder behind.
    @Test func anErrorFoundAfterTheBriefPagesWereWrittenDiscardsThem() throws {
        let site = try TestSite(files: ["content/briefs/a.md": TestSite.brief(body: "Fine.\n")])
        #expect(site.build().wrote)
        let before = try site.page("briefs/a/index.html")
        try site.write("content/briefs/a.md", TestSite.brief(body: "Now with [a broken link](/briefs/missing/).\n"))
        let build = SiteBuild(options: BuildOptions(siteRoot: site.root, output: site.output, jobs: 2))
        #expect(build.streams)
        let result = build.run()
        #expect(!result.wrote)
        #expect(result.diagnostics.contains { $0.severity == .error && $0.location.file == "content/briefs/a.md" })
        #expect(try site.page("briefs/a/index.html") == before)
        let siblings = try FileManager.default.contentsOfDirectory(atPath: site.output.deletingLastPathComponent().path)
        #expect(siblings.sorted() == ["public", "site"], "no staging folder is left: \(siblings)")
    }

    @Test func onlyABuildThatMakesPDFsKeepsItsBodies() throws {
        let site = try TestSite(files: ["content/briefs/a.md": TestSite.brief()])
        #expect(SiteBuild(options: BuildOptions(siteRoot: site.root, output: site.output, jobs: 2)).streams)
        #expect(!SiteBuild(options: BuildOptions(siteRoot: site.root, output: site.output, jobs: 2, pdf: PDFOptions())).streams,
                "every print page is needed before a brief page can say how long its PDF is")
    }
}
