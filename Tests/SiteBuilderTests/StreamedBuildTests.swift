import ContentLoader
import Foundation
import MarkdownRender
import Testing
@testable import SiteBuilder
import SiteModel

/// The streamed build (`SiteBuild.streamedRun`): bodies read from their files when rendered,
/// brief pages written before the link checks, and a late error still discarding everything.
@Suite struct StreamedBuildTests {
    @Test func aLoadWithoutBodiesKeepsTheirLengthAndReadsThemAgain() throws {
        let site = try TestSite(files: ["content/briefs/a.md": TestSite.brief(body: "Été à Paris.\n\nMore.\n")])
        let loader = SiteLoader(root: site.root, jobs: 1, keepsBriefBodies: false)
        let loaded = loader.load()
        let brief = try #require(loaded.site?.briefs.first)
        #expect(brief.body == "")
        #expect(loaded.briefBodyBytes == ["content/briefs/a.md": "Été à Paris.\n\nMore.\n".utf8.count])
        #expect(loader.briefBody(of: brief, bytes: loaded.briefBodyBytes[brief.sourcePath]) == "Été à Paris.\n\nMore.\n")
        #expect(SiteLoader(root: site.root, jobs: 1).load().briefBodyBytes.isEmpty, "a load that keeps bodies needs no lengths")
    }

    @Test func aBodyThatChangedSinceTheLoadIsNotTaken() throws {
        let site = try TestSite(files: ["content/briefs/a.md": TestSite.brief(body: "First text.\n")])
        let loader = SiteLoader(root: site.root, jobs: 1, keepsBriefBodies: false)
        let loaded = loader.load()
        let brief = try #require(loaded.site?.briefs.first)
        try site.write("content/briefs/a.md", TestSite.brief(body: "Another, longer text.\n"))
        #expect(loader.briefBody(of: brief, bytes: loaded.briefBodyBytes[brief.sourcePath]) == nil)
        try site.write("content/briefs/a.md", TestSite.brief("subtitle: Now\n", body: "First text.\n"))
        #expect(loader.briefBody(of: brief, bytes: loaded.briefBodyBytes[brief.sourcePath]) == nil, "the body moved down a line")
        try FileManager.default.removeItem(at: site.root.appendingPathComponent("content/briefs/a.md"))
        #expect(loader.briefBody(of: brief, bytes: loaded.briefBodyBytes[brief.sourcePath]) == nil)

        var taken = try #require(loaded.site)
        taken.briefs[0].body = ""
        let sources = BriefSources(reading: taken, loader: loader, bodyBytes: loaded.briefBodyBytes)
        let rendered = SiteBuild.renderBrief(0, of: taken.briefs, sources: sources) { body, _, _, _ in
            RenderedMarkdown(html: body)
        }
        #expect(rendered.diagnostics.map(\.code) == ["changed-during-build"])
        #expect(rendered.diagnostics.first?.location.file == "content/briefs/a.md")
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
