import Foundation
import Testing
@testable import SiteBuilder

/// Builds Tests/Fixtures/golden-site/input and compares every output file byte for byte with
/// Tests/Fixtures/golden-site/expected. Re-record with `IMPRINT_RECORD_GOLDEN=1 swift test`,
/// then read the diff: goldens are never edited by hand.
@Suite struct GoldenSiteTests {
    let fixture = FixturePaths.fixtures.appendingPathComponent("golden-site")
    /// The golden site enables search; Pagefind's own output is not Imprint's to compare, so a
    /// command that succeeds without writing anything stands in for it.
    let pagefind = PagefindRunner(command: ["/bin/true"])

    /// `golden-languages`: a site in English, Arabic and Urdu (DESIGN §7).
    @Test(arguments: ["golden-site", "golden-languages"]) func wholeSiteMatchesGolden(_ name: String) throws {
        let fixture = FixturePaths.fixtures.appendingPathComponent(name)
        let output = FixturePaths.temporaryDirectory().appendingPathComponent("public")
        let result = SiteBuild(options: BuildOptions(siteRoot: fixture.appendingPathComponent("input"), output: output, jobs: 2, pagefind: pagefind)).run()
        #expect(result.diagnostics.isEmpty, "\(result.diagnostics)")
        try #require(result.wrote)
        let expected = fixture.appendingPathComponent("expected")
        if ProcessInfo.processInfo.environment["IMPRINT_RECORD_GOLDEN"] == "1" {
            try? FileManager.default.removeItem(at: expected)
            try FileManager.default.copyItem(at: output, to: expected)
            return
        }
        let actualFiles = FixturePaths.files(under: output)
        let expectedFiles = FixturePaths.files(under: expected)
        #expect(actualFiles == expectedFiles)
        for file in Set(actualFiles).intersection(expectedFiles).sorted() {
            let a = try Data(contentsOf: output.appendingPathComponent(file))
            let e = try Data(contentsOf: expected.appendingPathComponent(file))
            #expect(a == e, "\(file) differs from the golden; re-record with IMPRINT_RECORD_GOLDEN=1 and read the diff")
        }
    }

    /// `run` streams (each brief page written as its body is rendered) unless PDFs are involved;
    /// the build that keeps every body until the end must give the same site.
    @Test(arguments: ["golden-site", "golden-languages"]) func theBuildThatKeepsBodiesMatchesTheStreamedOne(_ name: String) throws {
        let input = FixturePaths.fixtures.appendingPathComponent(name).appendingPathComponent("input")
        let streamed = FixturePaths.temporaryDirectory().appendingPathComponent("public")
        let kept = FixturePaths.temporaryDirectory().appendingPathComponent("public")
        let build = { (output: URL) in SiteBuild(options: BuildOptions(siteRoot: input, output: output, jobs: 2, pagefind: pagefind)) }
        #expect(build(streamed).streams, "a plain build streams")
        let results = [build(streamed).run(streaming: true), build(kept).run(streaming: false)]
        #expect(results.map(\.wrote) == [true, true])
        #expect(results[0].pageCount == results[1].pageCount)
        let files = FixturePaths.files(under: streamed)
        #expect(files == FixturePaths.files(under: kept))
        #expect(files.contains("briefs/gas-prices/index.html"))
        for file in files {
            #expect(try Data(contentsOf: streamed.appendingPathComponent(file)) == Data(contentsOf: kept.appendingPathComponent(file)), "\(file)")
        }
    }

    @Test(arguments: ["golden-site", "golden-languages"]) func outputIsIdenticalWhateverTheNumberOfJobs(_ name: String) throws {
        let input = FixturePaths.fixtures.appendingPathComponent(name).appendingPathComponent("input")
        let one = FixturePaths.temporaryDirectory().appendingPathComponent("public")
        let four = FixturePaths.temporaryDirectory().appendingPathComponent("public")
        _ = SiteBuild(options: BuildOptions(siteRoot: input, output: one, jobs: 1, pagefind: pagefind)).run()
        _ = SiteBuild(options: BuildOptions(siteRoot: input, output: four, jobs: 4, pagefind: pagefind)).run()
        let files = FixturePaths.files(under: one)
        #expect(files == FixturePaths.files(under: four))
        #expect(!files.isEmpty)
        for file in files {
            #expect(try Data(contentsOf: one.appendingPathComponent(file)) == Data(contentsOf: four.appendingPathComponent(file)), "\(file)")
        }
    }
}
