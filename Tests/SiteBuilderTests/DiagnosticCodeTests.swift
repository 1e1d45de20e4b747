import Foundation
import Testing
import SiteModel
@testable import SiteBuilder

/// Checks not covered by the invalid-site fixture, one stable code each.
@Suite struct DiagnosticCodeTests {
    func found(_ result: BuildResult) -> [String] {
        result.diagnostics.map { "\($0.location.file):\($0.location.line):\($0.severity.rawValue):\($0.code)" }
    }

    @Test func notesHeadingsAndEmptyLinks() throws {
        let site = try TestSite(files: [
            "content/briefs/a.md": TestSite.brief(body: "# Big\n\nText.[^a] [empty]()\n\n[^a]: One.\n[^a]: Two.\n[^b]:\n"),
        ])
        let codes = found(site.build())
        #expect(codes.contains("content/briefs/a.md:6:warning:heading-level"))
        #expect(codes.contains("content/briefs/a.md:8:warning:empty-link"))
        #expect(codes.contains("content/briefs/a.md:11:error:duplicate-footnote"))
        #expect(codes.contains("content/briefs/a.md:12:error:unused-footnote"))
    }

    @Test func foldersAndSlugs() throws {
        let site = try TestSite(files: [
            "content/briefs/empty-bundle/chart.png": "x",
            "content/briefs/notes.txt": "x",
            "content/pages/briefs.md": "---\ntitle: Clash\n---\nText.\n",
        ])
        let codes = found(site.build())
        #expect(codes.contains("content/briefs/empty-bundle:1:error:bundle-without-index"))
        #expect(codes.contains("content/briefs/notes.txt:1:warning:stray-file"))
        #expect(codes.contains("content/pages/briefs.md:1:error:reserved-slug"))
    }

    @Test func fieldValues() throws {
        let site = try TestSite(files: [
            "content/briefs/a.md": TestSite.brief("updated: 2024-01-01\n"),
            "content/people/bo.md": "---\nname: Bo\norcid: 1234\nfavourite: tea\n---\n",
            "content/centres/c.md": "- just\n- a list\n",
        ])
        try site.write("site.yaml", "title: T\nbase_url: ftp://x.org/\n")
        let codes = found(site.build())
        #expect(codes.contains("content/briefs/a.md:5:warning:updated-before-date"))
        #expect(codes.contains("content/people/bo.md:3:warning:invalid-orcid"))
        #expect(codes.contains("content/people/bo.md:4:warning:unknown-key"))
        #expect(codes.contains("content/centres/c.md:1:error:missing-front-matter"))
        #expect(codes.contains("site.yaml:2:error:invalid-base-url"))
    }

    @Test func frontMatterThatIsNotAMapping() throws {
        let site = try TestSite(files: ["content/briefs/a.md": "---\n- a\n- b\n---\n"])
        #expect(found(site.build()).contains("content/briefs/a.md:1:error:front-matter-not-mapping"))
    }

    @Test func missingSiteConfigAndContent() throws {
        let site = try TestSite()
        try FileManager.default.removeItem(at: site.root.appendingPathComponent("site.yaml"))
        try FileManager.default.removeItem(at: site.root.appendingPathComponent("content"))
        let codes = found(site.build())
        #expect(codes.contains("site.yaml:1:error:missing-site-config"))
        #expect(codes.contains("content:1:error:missing-content"))
    }

    @Test func templateSyntaxAndMissingTemplates() throws {
        let site = try TestSite(files: [
            "content/briefs/a.md": TestSite.brief(),
            "templates/brief.mustache": "{{<base}}{{$main}}\n<h1>{{title}</h1>\n{{/main}}{{/base}}\n",
            "templates/page.mustache": "{{<base}}{{$main}}\n{{#content}}\n{{/main}}{{/base}}\n",
        ])
        let result = site.build()
        let syntax = result.diagnostics.filter { $0.code == "template-syntax" }
        #expect(syntax.map(\.location.file).sorted() == ["templates/brief.mustache", "templates/page.mustache"])
        #expect(syntax.first { $0.location.file == "templates/brief.mustache" }?.location.line == 2)
        #expect(!result.wrote)
    }

    /// Templates that include one another outside any section never end: found when loading,
    /// at the loop's first tag.
    @Test func templateLoopIsFoundWhenLoading() throws {
        let site = try TestSite(files: [
            "content/briefs/a.md": TestSite.brief(),
            "templates/partials/one.mustache": "a\n  {{> two}}\n",
            "templates/partials/two.mustache": "{{#t}}fine: {{> one}}{{/t}}\n{{> one}}\n",
        ])
        let result = site.build()
        let loops = result.diagnostics.filter { $0.code == "template-recursion" }
        #expect(loops.map { "\($0.location.file):\($0.location.line):\($0.location.column)" } == ["templates/partials/one.mustache:2:3"])
        #expect(loops.first?.message.contains("`one` → `two` → `one`") == true)
        #expect(!result.wrote)
    }

    /// A loop through a section whose value every level finds again (names are looked up
    /// outward) is stopped at the engine's limit while rendering; the build fails and the
    /// previous output stays.
    @Test func templateLoopTheDataDoesNotEndFailsTheBuild() throws {
        let site = try TestSite(files: ["content/briefs/a.md": TestSite.brief()])
        #expect(site.build().wrote)
        let before = try Data(contentsOf: site.output.appendingPathComponent("404.html"))
        try site.write("templates/404.mustache", "{{<base}}{{$main}}{{> loop}}{{/main}}{{/base}}\n")
        try site.write("templates/partials/loop.mustache", "x\n{{#t}}{{> loop}}{{/t}}\n")
        let result = site.build()
        let loops = result.diagnostics.filter { $0.code == "template-recursion" }
        #expect(loops.map { "\($0.location.file):\($0.location.line):\($0.location.column)" } == ["templates/partials/loop.mustache:2:7"])
        #expect(loops.first?.message.contains("64 levels") == true)
        #expect(!result.wrote)
        #expect(try Data(contentsOf: site.output.appendingPathComponent("404.html")) == before)
    }

    @Test func writeFailureIsReportedAndNothingIsLost() throws {
        let site = try TestSite(files: ["content/briefs/a.md": TestSite.brief()])
        // An output folder whose parent is a file cannot be created.
        let blocker = site.root.deletingLastPathComponent().appendingPathComponent("blocker")
        try Data("x".utf8).write(to: blocker)
        let result = SiteBuild(options: BuildOptions(siteRoot: site.root, output: blocker.appendingPathComponent("public"))).run()
        #expect(result.diagnostics.map(\.code) == ["write-failed"])
        #expect(!result.wrote)
    }
}
