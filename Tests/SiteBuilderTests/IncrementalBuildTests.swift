import Foundation
import Testing
import struct SiteModel.Diagnostic
@testable import SiteBuilder

/// `IncrementalBuilder` (imprint serve): which pages a change renders again, and that the
/// folder it keeps up to date is always byte for byte what a full build of the same input gives.
@Suite struct IncrementalBuildTests {
    /// A writable copy of the golden site with an incremental builder and a full-build checker.
    struct Workspace {
        let root: URL
        let preview: URL
        let builder: IncrementalBuilder

        init(fixture: String = "golden-site") throws {
            let base = FixturePaths.temporaryDirectory()
            root = base.appendingPathComponent("site")
            preview = base.appendingPathComponent("preview")
            try FileManager.default.copyItem(
                at: FixturePaths.fixtures.appendingPathComponent(fixture + "/input"), to: root)
            builder = try IncrementalBuilder(options: BuildOptions(siteRoot: root, output: preview, includeDrafts: true, jobs: 2))
        }

        func write(_ path: String, _ text: String) throws {
            let url = root.appendingPathComponent(path)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(text.utf8).write(to: url)
        }

        func read(_ path: String) throws -> String {
            try String(contentsOf: root.appendingPathComponent(path), encoding: .utf8)
        }

        func replace(_ path: String, _ old: String, _ new: String) throws {
            let text = try read(path)
            #expect(text.contains(old), "\(path) has no \(old)")
            try write(path, text.replacingOccurrences(of: old, with: new))
        }

        func move(_ from: String, _ to: String) throws {
            try FileManager.default.moveItem(at: root.appendingPathComponent(from), to: root.appendingPathComponent(to))
        }

        func remove(_ path: String) throws {
            try FileManager.default.removeItem(at: root.appendingPathComponent(path))
        }

        @discardableResult
        func rebuild(_ changed: String...) -> IncrementalResult {
            let result = builder.build(changed: changed)
            #expect(result.succeeded, "\(result.diagnostics)")
            return result
        }

        /// Every file of the preview folder equals a fresh full build's, and there are no others;
        /// with `diagnostics`, the build reported what the full build reports.
        func expectSameAsFullBuild(_ step: String, diagnostics: [Diagnostic]? = nil,
                                   sourceLocation: SourceLocation = #_sourceLocation) throws {
            let full = FixturePaths.temporaryDirectory().appendingPathComponent("public")
            // The preview does not index for search (Pagefind takes seconds); neither does this build.
            let result = SiteBuild(options: BuildOptions(siteRoot: root, output: full, includeDrafts: true, jobs: 2,
                                                         pagefind: PagefindRunner(command: ["/bin/true"]))).run()
            try #require(result.wrote, "full build failed at \(step): \(result.diagnostics)", sourceLocation: sourceLocation)
            if let diagnostics {
                #expect(diagnostics == result.diagnostics, "diagnostics differ after \(step)", sourceLocation: sourceLocation)
            }
            let expected = FixturePaths.files(under: full)
            let actual = FixturePaths.files(under: preview)
            #expect(actual == expected, "file lists differ after \(step)", sourceLocation: sourceLocation)
            for file in Set(actual).intersection(expected).sorted() {
                let a = try Data(contentsOf: preview.appendingPathComponent(file))
                let e = try Data(contentsOf: full.appendingPathComponent(file))
                #expect(a == e, "\(file) differs from a full build after \(step)", sourceLocation: sourceLocation)
            }
        }
    }

    @Test func firstBuildRendersEveryPageAndMatchesAFullBuild() throws {
        let w = try Workspace()
        let result = w.rebuild()
        #expect(result.rendered.count == result.pageCount)
        try w.expectSameAsFullBuild("the first build")
        let again = w.rebuild()
        #expect(again.rendered.isEmpty)
        #expect(again.written.isEmpty)
        #expect(again.markdownRendered == 0)
        #expect(again.filesDecoded == 0)
    }

    /// A site in several languages (DESIGN §7): a translation's pages follow its own edits and
    /// its original's (what it inherits), and a new translation or language appears and goes.
    @Test func translationsFollowTheirOwnAndTheirOriginalsEdits() throws {
        let w = try Workspace(fixture: "golden-languages")
        w.rebuild()
        try w.expectSameAsFullBuild("the first build")
        let arabic = w.preview.appendingPathComponent("ar/briefs/gas-prices/index.html")
        try w.replace("content/briefs/gas-prices.ar.md", "تضاعفت الأسعار.", "تضاعفت أسعار الغاز.")
        w.rebuild("content/briefs/gas-prices.ar.md")
        #expect(try String(contentsOf: arabic, encoding: .utf8).contains("تضاعفت أسعار الغاز."))
        try w.expectSameAsFullBuild("the translation's text edited")
        // The date is the original's: editing it there changes the translation's page.
        try w.replace("content/briefs/gas-prices.md", "date: 2024-11-20", "date: 2024-12-01")
        w.rebuild("content/briefs/gas-prices.md")
        #expect(try String(contentsOf: arabic, encoding: .utf8).contains(#"<time datetime="2024-12-01">"#))
        try w.expectSameAsFullBuild("the original's date edited")
        // A new translation into Urdu, then gone again with its pages.
        try w.write("content/briefs/grid-reform.ur.md", "---\ntitle: گرڈ اصلاحات\n---\nگرڈ کی اصلاح۔\n")
        w.rebuild("content/briefs/grid-reform.ur.md")
        #expect(FileManager.default.fileExists(atPath: w.preview.appendingPathComponent("ur/briefs/grid-reform/index.html").path))
        try w.expectSameAsFullBuild("a translation added")
        try w.remove("content/briefs/grid-reform.ur.md")
        w.rebuild("content/briefs/grid-reform.ur.md")
        #expect(!FileManager.default.fileExists(atPath: w.preview.appendingPathComponent("ur/briefs/grid-reform/index.html").path))
        try w.expectSameAsFullBuild("the translation removed")
    }

    @Test func editingABriefsTextRendersOnlyItsPage() throws {
        let w = try Workspace()
        w.rebuild()
        try w.replace("content/briefs/gas-prices.md", "Prices doubled.", "Prices tripled.")
        let result = w.rebuild("content/briefs/gas-prices.md")
        #expect(result.rendered == ["briefs/gas-prices/index.html"])
        #expect(result.written == ["briefs/gas-prices/index.html"])
        #expect(result.markdownRendered == 1)
        #expect(result.filesDecoded == 1)
        try w.expectSameAsFullBuild("a body edit")
    }

    @Test func editingABriefsTitleRendersThePagesThatShowIt() throws {
        let w = try Workspace()
        w.rebuild()
        try w.replace("content/briefs/gas-prices.md", "title: Gas Prices", "title: Gas Prices Again")
        let result = w.rebuild("content/briefs/gas-prices.md")
        #expect(result.rendered == [
            "archive/2024/index.html",
            "briefs/gas-prices/index.html",
            // It is one of grid-reform's related briefs.
            "briefs/grid-reform/index.html",
            "briefs/page/2/index.html",
            // Its countries (a taxonomy of the site's own) list it too.
            "countries/ae/index.html",
            "countries/pk/index.html",
            "index.html",
            "people/ali-raza/index.html",
            "people/zara-baloch/index.html",
            "regions/south-asia/index.html",
            "topics/electricity/index.html",
            "types/issue-brief/index.html",
        ])
        #expect(result.markdownRendered == 0)
        try w.expectSameAsFullBuild("a title edit")
    }

    @Test func aTemplateChangeRendersThePagesUsingIt() throws {
        let w = try Workspace()
        w.rebuild()
        let theme = try #require(Theme.directory)
        let person = try String(contentsOf: theme.appendingPathComponent("templates/person.mustache"), encoding: .utf8)
        try w.write("templates/person.mustache", person.replacingOccurrences(of: "</main>", with: "</main>") + "\n{{! changed }}")
        var result = w.rebuild("templates/person.mustache")
        #expect(result.rendered == ["people/ali-raza/index.html", "people/zara-baloch/index.html"])
        try w.expectSameAsFullBuild("a page template override")
        let card = try String(contentsOf: theme.appendingPathComponent("templates/partials/brief-card.mustache"), encoding: .utf8)
        try w.write("templates/partials/brief-card.mustache", card.replacingOccurrences(of: "</", with: "\n</"))
        result = w.rebuild("templates/partials/brief-card.mustache")
        #expect(result.rendered.contains("briefs/index.html"))
        #expect(!result.rendered.contains("about/index.html"))
        #expect(!result.rendered.contains("404.html"))
        // Brief pages list related briefs as cards, so they use the partial too.
        #expect(result.rendered.contains("briefs/gas-prices/index.html"))
        try w.expectSameAsFullBuild("a partial override")
    }

    @Test func aStaticFileIsCopiedAlone() throws {
        let w = try Workspace()
        w.rebuild()
        try w.write("static/css/site.css", "body { color: red; }\n")
        var result = w.rebuild("static/css/site.css")
        #expect(result.rendered.isEmpty)
        #expect(result.written == ["css/site.css"])
        #expect(result.onlyStylesheetsChanged)
        try w.expectSameAsFullBuild("a stylesheet override")
        try w.write("static/css/site.css", "body { color: blue; }\n")
        result = try #require(w.builder.refreshCopiedFiles())
        #expect(result.written == ["css/site.css"])
        try w.expectSameAsFullBuild("a stylesheet edit copied alone")
        try w.remove("static/css/site.css")
        result = w.rebuild("static/css/site.css")
        #expect(result.written == ["css/site.css"], "the theme's stylesheet is back")
        try w.expectSameAsFullBuild("a stylesheet override removed")
    }

    /// A series of edits of every kind, compared with a full build after each one.
    @Test func aSeriesOfEditsAlwaysMatchesAFullBuild() throws {
        let w = try Workspace()
        w.rebuild()
        let steps: [(String, () throws -> [String])] = [
            ("a new brief", {
                try w.write("content/briefs/wind.md", "---\ntitle: Wind\ndate: 2025-09-09\nauthors: [ali-raza]\ncentre: energy\ntopics: [wind power]\nregions: [Sindh]\n---\nBlows.\n")
                return ["content/briefs/wind.md"]
            }),
            ("a renamed brief", {
                try w.move("content/briefs/wind.md", "content/briefs/wind-power.md")
                return ["content/briefs/wind.md", "content/briefs/wind-power.md"]
            }),
            ("a new date moves a brief between years and pages", {
                try w.replace("content/briefs/gas-prices.md", "date: 2024-11-20", "date: 2026-01-05")
                return ["content/briefs/gas-prices.md"]
            }),
            ("a person renamed", {
                try w.replace("content/people/zara-baloch.md", "name: ", "name: Dr ")
                return ["content/people/zara-baloch.md"]
            }),
            ("a centre edited", {
                try w.replace("content/centres/energy.md", "name: ", "name: The ")
                return ["content/centres/energy.md"]
            }),
            ("a page edited", {
                try w.write("content/pages/about.md", try w.read("content/pages/about.md") + "\nMore about us.\n")
                return ["content/pages/about.md"]
            }),
            ("a bundle image added", {
                try w.write("content/briefs/grid-reform/extra.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\"/>")
                return ["content/briefs/grid-reform/extra.svg"]
            }),
            ("a draft published", {
                try w.replace("content/briefs/solar-draft.md", "draft: true", "draft: false")
                return ["content/briefs/solar-draft.md"]
            }),
            ("a brief deleted", {
                try w.remove("content/briefs/wind-power.md")
                return ["content/briefs/wind-power.md"]
            }),
            ("site.yaml changed", {
                try w.replace("site.yaml", "paginate: 2", "paginate: 1")
                return ["site.yaml"]
            }),
            ("a new static file", {
                try w.write("static/files/data.csv", "a,b\n1,2\n")
                return ["static/files/data.csv"]
            }),
            ("a topic renamed away", {
                try w.replace("content/briefs/grid-reform/index.md", "Climate Finance", "Green Finance")
                return ["content/briefs/grid-reform/index.md"]
            }),
        ]
        for (name, step) in steps {
            let changed = try step()
            let result = w.builder.build(changed: changed)
            #expect(result.succeeded, "\(name): \(result.diagnostics)")
            try w.expectSameAsFullBuild(name)
        }
    }

    @Test func errorsLeaveTheLastGoodBuildAndAFixRecovers() throws {
        let w = try Workspace()
        w.rebuild()
        let before = try Data(contentsOf: w.preview.appendingPathComponent("briefs/gas-prices/index.html"))
        try w.replace("content/briefs/gas-prices.md", "authors: [zara-baloch, ali-raza]", "authors: [zara-balooch]")
        let broken = w.builder.build(changed: ["content/briefs/gas-prices.md"])
        #expect(!broken.succeeded)
        #expect(broken.diagnostics.contains { $0.code == "unknown-person" && $0.location.file == "content/briefs/gas-prices.md" })
        #expect(try Data(contentsOf: w.preview.appendingPathComponent("briefs/gas-prices/index.html")) == before)
        try w.replace("content/briefs/gas-prices.md", "authors: [zara-balooch]", "authors: [zara-baloch]")
        let fixed = w.rebuild("content/briefs/gas-prices.md")
        #expect(fixed.succeeded)
        try w.expectSameAsFullBuild("a fix")

        // An edit made while another file is broken still shows once that file is fixed.
        try w.replace("content/briefs/grid-reform/index.md", "title: \"Grid Reform", "title: \"Grid Repair")
        try w.replace("content/briefs/gas-prices.md", "authors: [zara-baloch]", "authors: [nobody]")
        #expect(!w.builder.build(changed: ["content/briefs/grid-reform/index.md", "content/briefs/gas-prices.md"]).succeeded)
        try w.replace("content/briefs/gas-prices.md", "authors: [nobody]", "authors: [zara-baloch]")
        let both = w.rebuild("content/briefs/gas-prices.md")
        #expect(both.rendered.contains("briefs/grid-reform/index.html"))
        try w.expectSameAsFullBuild("an edit made while another file was broken")
    }

    /// A template loop the data never ends fails the rebuild at the partial's tag, writes no
    /// page cut short, and a fix recovers.
    @Test func aTemplateLoopFailsTheRebuildAndAFixRecovers() throws {
        let w = try Workspace()
        w.rebuild()
        let before = try Data(contentsOf: w.preview.appendingPathComponent("404.html"))
        try w.write("templates/partials/again.mustache", "{{#t}}{{>again}}{{/t}}\n")
        try w.write("templates/404.mustache", "{{<base}}{{$main}}{{>again}}{{/main}}{{/base}}\n")
        let broken = w.builder.build(changed: ["templates/partials/again.mustache", "templates/404.mustache"])
        #expect(!broken.succeeded)
        #expect(broken.diagnostics.map { "\($0.code) \($0.location.file):\($0.location.line):\($0.location.column)" }
                == ["template-recursion templates/partials/again.mustache:1:7"])
        #expect(try Data(contentsOf: w.preview.appendingPathComponent("404.html")) == before)
        try w.write("templates/partials/again.mustache", "{{#t}}fine{{/t}}\n")
        let fixed = w.rebuild("templates/partials/again.mustache")
        #expect(fixed.rendered.contains("404.html"))
        try w.expectSameAsFullBuild("a fixed template loop")
    }

    /// Text edits of existing briefs patch the last good build (`patched`); each result, and
    /// what it reports, is what a full build gives. Edits that move a brief, change an id other
    /// pages link to, or bring an error take the full path.
    @Test func textEditsPatchTheLastBuildAndMatchAFullBuild() throws {
        let w = try Workspace()
        w.rebuild()
        let grid = "content/briefs/grid-reform/index.md"
        let gas = "content/briefs/gas-prices.md"
        let steps: [(String, String, String, String, Bool)] = [
            ("a sentence", grid, "Meters pay for themselves.", "Meters pay for themselves within a year.", true),
            ("a new note", gas, "Prices doubled.[^a]", "Prices doubled.[^a] Then fell.[^b]\n\n[^b]: Later data.", true),
            ("a link to the new note", gas, "Prices doubled.[^a]", "Prices [doubled](#gas-prices-fn-2).[^a]", true),
            ("a summary, shown in listings and feeds", grid, "three reforms would halve that.", "three reforms would cut that by half.", true),
            ("a summary too long for previews", grid, "summary: The grid", "summary: " + String(repeating: "Very long indeed. ", count: 12) + "The grid", true),
            ("a link to a missing anchor", gas, "Then fell.", "Then [fell](#nowhere).", false),
            ("the link fixed", gas, "Then [fell](#nowhere).", "Then fell.", false),
            ("a heading renamed, so its id changes", grid, "## What works", "## What worked", true),
            ("a link to that heading from another brief", gas, "Then fell.", "Then [fell](../grid-reform/#what-worked).", true),
            ("the heading renamed back, so that link breaks", grid, "## What worked", "## What works", false),
            ("the link removed", gas, "Then [fell](../grid-reform/#what-worked).", "Then fell.", false),
            ("a title", gas, "title: Gas Prices", "title: Gas Prices Now", false),
            ("a date", gas, "date: 2024-11-20", "date: 2024-11-21", false),
            ("a sentence after those", gas, "Then fell.", "Then fell back.", true),
        ]
        for (name, path, old, new, patched) in steps {
            try w.replace(path, old, new)
            let result = w.builder.build(changed: [path])
            let broken = result.diagnostics.contains { $0.severity == .error }
            #expect(result.succeeded == !broken, "\(name): \(result.diagnostics)")
            #expect(result.patched == patched, "\(name)")
            if broken {
                #expect(result.diagnostics.contains { $0.code == "broken-anchor" || $0.code == "missing-anchor" }, "\(name): \(result.diagnostics)")
                continue
            }
            try w.expectSameAsFullBuild(name, diagnostics: result.diagnostics)
        }
        let summary = w.builder.build(changed: [grid])
        #expect(summary.diagnostics.contains { $0.code == "long-summary" && $0.location.file == grid })
    }

    /// A text edit renders the brief's page and only the pages whose models show what changed:
    /// a new summary reaches the listings and feeds that carry the brief, a body edit does not.
    @Test func aTextEditRendersOnlyWhatShowsTheChange() throws {
        let w = try Workspace()
        w.rebuild()
        let grid = "content/briefs/grid-reform/index.md"
        try w.replace(grid, "Meters pay for themselves.", "Meters repay their cost.")
        let body = w.rebuild(grid)
        #expect(body.patched)
        #expect(body.rendered == ["briefs/grid-reform/index.html"])
        #expect(body.written == ["briefs/grid-reform/index.html"])

        try w.replace(grid, "three reforms would halve that.", "three reforms would cut it by half.")
        let summary = w.rebuild(grid)
        #expect(summary.patched)
        #expect(summary.rendered.contains("index.html"))
        #expect(summary.rendered.contains("centres/energy/index.html"))
        #expect(summary.written.contains("feed.xml") || summary.written.contains { $0.hasSuffix("feed.xml") })
        try w.expectSameAsFullBuild("a summary edit", diagnostics: summary.diagnostics)
    }

    /// Editors save through temporary files; one made and renamed within a save is no change,
    /// but a stray file the last build warned about is, even once it is gone.
    @Test func temporaryFilesOfASaveDoNotStopTheTextLane() throws {
        let w = try Workspace()
        let gas = "content/briefs/gas-prices.md"
        try w.write("content/briefs/notes.txt", "to do\n")
        let first = w.rebuild()
        #expect(first.diagnostics.contains { $0.code == "stray-file" && $0.location.file == "content/briefs/notes.txt" })

        let temporary = "content/briefs/gas-prices.md.tmp"
        try w.write(temporary, try w.read(gas).replacingOccurrences(of: "Prices doubled.", with: "Prices soared."))
        // rename(2), as editors do: it replaces the file (FileManager.moveItem would refuse).
        #expect(rename(w.root.appendingPathComponent(temporary).path, w.root.appendingPathComponent(gas).path) == 0)
        let saved = w.rebuild(temporary, gas)
        #expect(saved.patched)
        #expect(saved.rendered == ["briefs/gas-prices/index.html"])
        try w.expectSameAsFullBuild("a save through a temporary file", diagnostics: saved.diagnostics)

        try w.remove("content/briefs/notes.txt")
        let removed = w.rebuild("content/briefs/notes.txt")
        #expect(!removed.patched)
        #expect(!removed.diagnostics.contains { $0.code == "stray-file" })
        try w.expectSameAsFullBuild("a stray file removed", diagnostics: removed.diagnostics)
    }

    /// Two briefs saved together: one links to a heading of the other, which the same save
    /// renames. The lane checks each edit against the other's new text, so the broken link is
    /// reported as a full build reports it, and a consistent pair is patched.
    @Test func briefsEditedTogetherAreCheckedAgainstEachOthersNewText() throws {
        let w = try Workspace()
        w.rebuild()
        let grid = "content/briefs/grid-reform/index.md"
        let gas = "content/briefs/gas-prices.md"
        try w.replace(gas, "Prices doubled.[^a]", "Prices [doubled](../grid-reform/#what-works).[^a]")
        try w.replace(grid, "## What works", "## What worked")
        let broken = w.builder.build(changed: [grid, gas])
        #expect(!broken.succeeded)
        #expect(!broken.patched)
        #expect(broken.diagnostics.contains { $0.code == "broken-anchor" && $0.location.file == gas }, "\(broken.diagnostics)")

        try w.replace(gas, "../grid-reform/#what-works", "../grid-reform/#what-worked")
        try w.replace(grid, "Meters pay for themselves.", "Meters repay their cost.")
        let mended = w.rebuild(grid, gas)
        try w.expectSameAsFullBuild("two briefs saved together", diagnostics: mended.diagnostics)
        try w.replace(gas, "Prices [doubled](../grid-reform/#what-worked).[^a]", "Prices doubled again.[^a]")
        try w.replace(grid, "Meters repay their cost.", "Meters repay their cost quickly.")
        let both = w.rebuild(grid, gas)
        #expect(both.patched)
        #expect(both.rendered == ["briefs/gas-prices/index.html", "briefs/grid-reform/index.html"])
        try w.expectSameAsFullBuild("two body edits patched together", diagnostics: both.diagnostics)
    }
}
