import Foundation
import Testing
import struct SiteModel.Diagnostic
@testable import SiteBuilder

/// The no-change shortcut of `imprint build` (BuildCache): a rebuild of unchanged inputs into
/// an intact folder renders and writes nothing and reports the last build's warnings; any
/// change to an input, an option, the output folder or the cache gives a full build.
@Suite struct BuildCacheTests {
    struct Workspace {
        let root: URL
        let output: URL

        init() throws {
            let base = FixturePaths.temporaryDirectory()
            root = base.appendingPathComponent("site")
            output = base.appendingPathComponent("public")
            try FileManager.default.copyItem(at: FixturePaths.fixtures.appendingPathComponent("golden-site/input"), to: root)
        }

        @discardableResult
        func build(drafts: Bool = false, output: URL? = nil) -> BuildResult {
            SiteBuild(options: BuildOptions(siteRoot: root, output: output ?? self.output, includeDrafts: drafts, jobs: 2,
                                            pagefind: PagefindRunner(command: ["/bin/true"]))).run()
        }

        func stamps(_ folder: URL? = nil) -> String? { OutputStamp.digest(of: folder ?? output) }

        func edit(_ path: String, _ change: (String) -> String) throws {
            let url = root.appendingPathComponent(path)
            try Data(change(try String(contentsOf: url, encoding: .utf8)).utf8).write(to: url)
        }
    }

    @Test func anUnchangedRebuildRendersAndWritesNothingAndRepeatsTheWarnings() throws {
        let w = try Workspace()
        // An unknown key is a warning, so there is something to report again.
        try w.edit("content/briefs/gas-prices.md") { $0.replacingOccurrences(of: "type: issue-brief", with: "type: issue-brief\ncolour: blue") }
        let first = w.build()
        #expect(first.wrote && !first.upToDate)
        let before = try #require(w.stamps())
        let again = w.build()
        #expect(again.wrote)
        #expect(again.upToDate)
        #expect(again.pageCount == first.pageCount)
        #expect(again.briefCount == first.briefCount)
        #expect(again.diagnostics == first.diagnostics)
        #expect(first.diagnostics.map(\.code) == ["unknown-key"])
        #expect(again.summary.hasPrefix("Up to date: \(first.pageCount) pages from \(first.briefCount) briefs"))
        #expect(w.stamps() == before, "no file was rewritten")
    }

    @Test func touchingAFileWithoutChangingItIsNoChange() throws {
        let w = try Workspace()
        w.build()
        let brief = w.root.appendingPathComponent("content/briefs/gas-prices.md")
        try FileManager.default.setAttributes([.modificationDate: Date(timeIntervalSinceNow: 60)], ofItemAtPath: brief.path)
        #expect(w.build().upToDate)
    }

    @Test(arguments: [
        "content/briefs/gas-prices.md", "content/people/ali-raza.md", "site.yaml", "static/css/extra.css",
        "templates/partials/byline.mustache",
    ])
    func changingAnyInputBuildsAgain(_ path: String) throws {
        let w = try Workspace()
        w.build()
        let url = w.root.appendingPathComponent(path)
        if FileManager.default.fileExists(atPath: url.path) {
            try w.edit(path) { $0 + "\n" }
        } else {
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data("p { margin: 0 }\n".utf8).write(to: url)
        }
        let result = w.build()
        #expect(result.wrote && !result.upToDate, "\(path)")
        #expect(w.build().upToDate, "and the build after that is current again")
    }

    @Test func aVisibleChangeReachesTheOutput() throws {
        let w = try Workspace()
        w.build()
        try w.edit("content/briefs/gas-prices.md") { $0.replacingOccurrences(of: "Prices doubled.", with: "Prices tripled.") }
        #expect(!w.build().upToDate)
        let page = try String(contentsOf: w.output.appendingPathComponent("briefs/gas-prices/index.html"), encoding: .utf8)
        #expect(page.contains("Prices tripled."))
    }

    @Test func anOutputFolderChangedByHandIsBuiltAgain() throws {
        let w = try Workspace()
        w.build()
        let page = w.output.appendingPathComponent("index.html")
        let original = try Data(contentsOf: page)
        try Data("tampered".utf8).write(to: page)
        #expect(!w.build().upToDate)
        #expect(try Data(contentsOf: page) == original)

        try FileManager.default.removeItem(at: w.output.appendingPathComponent("feed.xml"))
        #expect(!w.build().upToDate)
        #expect(FileManager.default.fileExists(atPath: w.output.appendingPathComponent("feed.xml").path))

        try Data("extra".utf8).write(to: w.output.appendingPathComponent("stray.txt"))
        #expect(!w.build().upToDate)
        #expect(!FileManager.default.fileExists(atPath: w.output.appendingPathComponent("stray.txt").path))
    }

    @Test func optionsAndOutputFoldersHaveTheirOwnState() throws {
        let w = try Workspace()
        w.build()
        #expect(!w.build(drafts: true).upToDate, "drafts change the output")
        #expect(!w.build().upToDate, "and back")
        let other = w.output.deletingLastPathComponent().appendingPathComponent("elsewhere")
        #expect(!w.build(output: other).upToDate)
        #expect(w.build(output: other).upToDate)
        #expect(w.build().upToDate, "each folder keeps its own manifest")
    }

    @Test func deletingTheCacheOnlyCostsOneFullBuild() throws {
        let w = try Workspace()
        w.build()
        try FileManager.default.removeItem(at: w.root.appendingPathComponent(".imprint-cache/build"))
        #expect(!w.build().upToDate)
        #expect(w.build().upToDate)
    }

    @Test func aFailedBuildIsNeverUpToDate() throws {
        let w = try Workspace()
        w.build()
        try w.edit("content/briefs/gas-prices.md") { $0.replacingOccurrences(of: "authors: [zara-baloch, ali-raza]", with: "authors: [nobody]") }
        let broken = w.build()
        #expect(!broken.wrote && !broken.upToDate)
        #expect(!w.build().wrote, "still broken, still reported")
        try w.edit("content/briefs/gas-prices.md") { $0.replacingOccurrences(of: "authors: [nobody]", with: "authors: [zara-baloch, ali-raza]") }
        let fixed = w.build()
        #expect(fixed.wrote && fixed.upToDate, "the input is the last good one again, and so is the folder")
    }

    @Test func manyOutputFoldersKeepOnlyTheRecentManifests() throws {
        let w = try Workspace()
        let base = w.output.deletingLastPathComponent()
        for i in 0..<(BuildManifest.kept + 3) {
            #expect(w.build(output: base.appendingPathComponent("out-\(i)")).wrote)
        }
        let folder = w.root.appendingPathComponent(".imprint-cache/build")
        let manifests = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".json") }
        #expect(manifests.count == BuildManifest.kept)
        let last = base.appendingPathComponent("out-\(BuildManifest.kept + 2)")
        #expect(w.build(output: last).upToDate, "the latest folder's manifest is kept")
    }

    /// A build whose search index could not be made is not remembered: once Pagefind is
    /// installed, the next build indexes the site instead of repeating the warning.
    @Test func aMissingSearchIndexerIsTriedAgainNextTime() throws {
        let w = try Workspace()  // the golden site has search enabled
        func build(_ command: String) -> BuildResult {
            SiteBuild(options: BuildOptions(siteRoot: w.root, output: w.output, jobs: 2,
                                            pagefind: PagefindRunner(command: [command]))).run()
        }
        let missing = build("/nonexistent/pagefind")
        #expect(missing.wrote && missing.diagnostics.contains { $0.code == "search-unavailable" })
        let again = build("/nonexistent/pagefind")
        #expect(!again.upToDate)
        let indexed = build("/bin/true")
        #expect(!indexed.upToDate && !indexed.diagnostics.contains { $0.code == "search-unavailable" })
        #expect(build("/bin/true").upToDate)
    }
}
