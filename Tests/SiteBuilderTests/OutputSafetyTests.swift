import Foundation
import Testing
import SiteModel
@testable import SiteBuilder

/// Which folders a build may replace, and the swap that replaces them (issue 16).
@Suite struct OutputSafetyTests {
    func codes(_ result: BuildResult) -> [String] { result.diagnostics.map(\.code) }

    @Test func sourceFoldersAreNeverReplacedEvenWithForce() throws {
        let site = try TestSite(files: ["content/briefs/a.md": TestSite.brief(), "templates/x.txt": "x", "static/y.txt": "y"])
        for folder in ["content", "content/briefs", "templates", "static", "static/new", ".", "site.yaml"] {
            for force in [false, true] {
                let output = site.root.appendingPathComponent(folder)
                let result = SiteBuild(options: BuildOptions(siteRoot: site.root, output: output, jobs: 1, force: force)).run()
                #expect(!result.wrote, "\(folder)")
                #expect(codes(result) == ["write-failed"], "\(folder) \(force)")
                let message = result.diagnostics.first?.message ?? ""
                #expect(message.contains("source") || message.contains("replace the site itself"), "\(message)")
            }
        }
        #expect(FileManager.default.fileExists(atPath: site.root.appendingPathComponent("content/briefs/a.md").path))
        #expect(FileManager.default.fileExists(atPath: site.root.appendingPathComponent("templates/x.txt").path))
        #expect(FileManager.default.fileExists(atPath: site.root.appendingPathComponent("static/y.txt").path))
    }

    @Test func aLinkToASourceFolderIsSeenThrough() throws {
        let site = try TestSite(files: ["content/briefs/a.md": TestSite.brief()])
        let link = site.root.deletingLastPathComponent().appendingPathComponent("out")
        try FileManager.default.createSymbolicLink(at: link, withDestinationURL: site.root.appendingPathComponent("content"))
        let result = SiteBuild(options: BuildOptions(siteRoot: site.root, output: link, jobs: 1, force: true)).run()
        #expect(codes(result) == ["write-failed"])
        #expect(result.diagnostics.first?.message.contains("source folder content") == true)
    }

    @Test func foreignFilesNeedForceAndAFileIsNeverReplaced() throws {
        let site = try TestSite(files: ["content/briefs/a.md": TestSite.brief()])
        let fm = FileManager.default
        try fm.createDirectory(at: site.output, withIntermediateDirectories: true)
        try Data("mine".utf8).write(to: site.output.appendingPathComponent("notes.txt"))
        let refused = site.build()
        #expect(codes(refused) == ["write-failed"])
        #expect(refused.diagnostics.first?.message.contains("--force") == true)
        #expect(fm.fileExists(atPath: site.output.appendingPathComponent("notes.txt").path))
        let forced = SiteBuild(options: BuildOptions(siteRoot: site.root, output: site.output, jobs: 1, force: true)).run()
        #expect(forced.wrote)
        #expect(!fm.fileExists(atPath: site.output.appendingPathComponent("notes.txt").path))
        #expect(fm.fileExists(atPath: site.output.appendingPathComponent(OutputFolderGuard.marker).path))
        // A marked output is replaced by the next build without --force.
        #expect(site.build().wrote)

        let file = site.root.deletingLastPathComponent().appendingPathComponent("plain")
        try Data("file".utf8).write(to: file)
        let onFile = SiteBuild(options: BuildOptions(siteRoot: site.root, output: file, jobs: 1, force: true)).run()
        #expect(codes(onFile) == ["write-failed"])
        #expect(onFile.diagnostics.first?.message.contains("is a file") == true)
        #expect(try Data(contentsOf: file) == Data("file".utf8))
    }

    @Test func anOutputWhoseParentsDoNotExistYetIsMade() throws {
        let site = try TestSite(files: ["content/briefs/a.md": TestSite.brief()])
        let deep = site.root.deletingLastPathComponent().appendingPathComponent("new/deeper/public")
        let result = SiteBuild(options: BuildOptions(siteRoot: site.root, output: deep, jobs: 1)).run()
        #expect(result.wrote, "\(result.diagnostics)")
        #expect(FileManager.default.fileExists(atPath: deep.appendingPathComponent("index.html").path))
    }

    @Test func anEmptyFolderIsUsed() throws {
        let site = try TestSite(files: ["content/briefs/a.md": TestSite.brief()])
        try FileManager.default.createDirectory(at: site.output, withIntermediateDirectories: true)
        #expect(site.build().wrote)
    }

    @Test func staleStagingFoldersAreRemovedAndASetAsideSiteIsRestored() throws {
        let site = try TestSite(files: ["content/briefs/a.md": TestSite.brief()])
        let fm = FileManager.default
        let parent = site.output.deletingLastPathComponent()
        let stale = parent.appendingPathComponent(".public.imprint-staging-99999")
        try fm.createDirectory(at: stale, withIntermediateDirectories: true)
        try Data("x".utf8).write(to: stale.appendingPathComponent("index.html"))
        #expect(site.build().wrote)
        #expect(!fm.fileExists(atPath: stale.path))

        // A build that died between the two renames of the fallback left the site aside.
        let aside = parent.appendingPathComponent(".public.imprint-old-99999")
        try fm.moveItem(at: site.output, to: aside)
        let writer = try OutputWriter(output: site.output, siteRoot: site.root)
        try writer.prepare()
        #expect(fm.fileExists(atPath: site.output.appendingPathComponent("index.html").path), "restored before the new build")
        #expect(!fm.fileExists(atPath: aside.path))
        writer.discard()
        let leftovers = try fm.contentsOfDirectory(atPath: parent.path).filter { $0.contains("imprint-staging") || $0.contains("imprint-old") }
        #expect(leftovers.isEmpty)
    }

    @Test func theSwapExchangesBothNames() throws {
        let base = FixturePaths.temporaryDirectory()
        let a = base.appendingPathComponent("a"), b = base.appendingPathComponent("b")
        try FileManager.default.createDirectory(at: a, withIntermediateDirectories: true)
        try FileManager.default.createDirectory(at: b, withIntermediateDirectories: true)
        try Data("A".utf8).write(to: a.appendingPathComponent("f"))
        try Data("B".utf8).write(to: b.appendingPathComponent("f"))
        #if os(Linux)
        #expect(AtomicSwap.exchange(a.path, b.path))
        #expect(try Data(contentsOf: a.appendingPathComponent("f")) == Data("B".utf8))
        #expect(try Data(contentsOf: b.appendingPathComponent("f")) == Data("A".utf8))
        #endif
        #expect(!AtomicSwap.exchange(a.path, base.appendingPathComponent("missing").path))
    }

    @Test func buildsIntoOneFolderTakeTurns() async throws {
        let site = try TestSite(files: ["content/briefs/a.md": TestSite.brief(), "content/briefs/b.md": TestSite.brief(title: "B")])
        let results = await withTaskGroup(of: Bool.self) { group in
            for _ in 0..<4 {
                group.addTask { SiteBuild(options: BuildOptions(siteRoot: site.root, output: site.output, jobs: 1)).run(streaming: true).wrote }
            }
            return await group.reduce(into: [Bool]()) { $0.append($1) }
        }
        #expect(results == [true, true, true, true])
        #expect(FileManager.default.fileExists(atPath: site.output.appendingPathComponent("briefs/b/index.html").path))
    }
}

/// Smaller defects of issue 16: colliding terms, image headers, template positions, note labels.
@Suite struct HostileContentTests {
    @Test func termsThatShareAPageAreAnError() throws {
        let site = try TestSite(files: [
            "content/briefs/a.md": TestSite.brief("topics: [C, Water]\n"),
            "content/briefs/b.md": TestSite.brief("topics: [C++, water]\n", title: "B"),
        ])
        let result = site.build()
        let found = result.diagnostics.map { "\($0.location.file):\($0.location.line):\($0.code)" }
        #expect(found == ["content/briefs/b.md:5:term-collision"])
        #expect(result.diagnostics.first?.message.contains("/topics/c/") == true)
    }

    @Test func navAndPeopleLinksAreChecked() throws {
        let site = try TestSite(files: [
            "content/briefs/a.md": TestSite.brief(),
            "content/people/bo.md": "---\nname: Bo\nlinks:\n  - { title: Gone, url: /nowhere/ }\n  - { title: Bad, url: \"https://no host\" }\n---\n",
        ])
        try site.write("site.yaml", "title: T\nbase_url: https://test.example.org/\nnav:\n  - { title: Briefs, url: /briefs/ }\n  - { title: Gone, url: /no-such-page/ }\n")
        let found = site.build().diagnostics.map { "\($0.location.file):\($0.location.line):\($0.code)" }
        #expect(found.contains("site.yaml:5:broken-link"))
        #expect(found.contains("content/people/bo.md:4:broken-link"))
        #expect(found.contains("content/people/bo.md:5:malformed-url"))
        #expect(!found.contains("site.yaml:4:broken-link"))
    }

    @Test func imagesWithImpossibleSizesWarnAndNeverTrap() throws {
        for svg in ["<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"1e300\" height=\"10\"/>",
                    "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 Infinity 10\"/>",
                    "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 nan nan\"/>",
                    "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"10\" viewBox=\"0 0 1e-300 1e300\"/>"] {
            let site = try TestSite(files: [
                "content/briefs/a/index.md": TestSite.brief(body: "Text.\n\n![A chart](chart.svg)\n"),
                "content/briefs/a/chart.svg": svg,
            ])
            let result = site.build()
            #expect(result.wrote, "\(svg)")
            let found = result.diagnostics.map { "\($0.location.file):\($0.location.line):\($0.severity.rawValue):\($0.code)" }
            #expect(found == ["content/briefs/a/index.md:8:warning:image-size"], "\(svg)")
            let page = try site.page("briefs/a/index.html")
            let img = try #require(page.firstMatch(of: /<img [^>]*chart\.svg[^>]*>/)).output
            #expect(!img.contains("width="), "\(img)")
        }
        #expect(ImageSize.measure(ImageSizeTests.png(0xFFFF_FFFF, 1)) == .invalid("its header gives a size of 4294967295 × 1 pixels, which no image has"))
        #expect(ImageSize.read(Array("<svg width=\"1e300\" height=\"1e300\">".utf8)) == nil)
        #expect(ImageSize.read(Array("<svg width=\"640\" height=\"480\">".utf8)) == ImageSize(width: 640, height: 480))
    }


    @Test func templateErrorsInTheBuildCarryTheTagsLine() throws {
        let site = try TestSite(files: [
            "content/briefs/a.md": TestSite.brief(),
            "templates/page.mustache": "{{<base}}{{$main}}\n<div>\n{{#content}}\n</div>\n{{/main}}{{/base}}\n",
        ])
        let syntax = site.build().diagnostics.filter { $0.code == "template-syntax" }
        #expect(syntax.map { "\($0.location.line):\($0.location.column)" } == ["5:1"], "\(syntax)")
        #expect(syntax.first?.message.contains("`{{/main}}` closes `{{#content}}`, opened on line 3") == true, "\(syntax)")
    }

    @Test func aNoteCitingAnotherGivesUniqueIDsOnThePage() throws {
        let site = try TestSite(files: [
            "content/briefs/a.md": TestSite.brief(body: "Text.[^a] More.[^b]\n\n[^a]: See also.[^b]\n[^b]: Source.\n"),
        ])
        let result = site.build()
        #expect(result.diagnostics.isEmpty, "\(result.diagnostics)")
        let page = try site.page("briefs/a/index.html")
        let ids = page.matches(of: /\sid="([^"]+)"/).map { String($0.output.1) }
        #expect(ids.count == Set(ids).count, "\(ids.sorted())")
        #expect(page.contains("class=\"sidenote\""))
    }
}
