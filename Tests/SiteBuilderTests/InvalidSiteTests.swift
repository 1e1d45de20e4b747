import Foundation
import Testing
import SiteModel
@testable import SiteBuilder

/// A site with a dozen planted mistakes: each is reported once, at its line, with its code,
/// and nothing is written.
@Suite struct InvalidSiteTests {
    let site = FixturePaths.fixtures.appendingPathComponent("invalid-site")

    func expected() throws -> [String] {
        let text = try String(contentsOf: site.appendingPathComponent("expected-diagnostics.txt"), encoding: .utf8)
        return text.split(separator: "\n").filter { !$0.hasPrefix("#") }.map(String.init)
    }

    @Test func everyPlantedMistakeIsReportedOnceAtItsLine() throws {
        let output = FixturePaths.temporaryDirectory().appendingPathComponent("public")
        let result = SiteBuild(options: BuildOptions(siteRoot: site, output: output, jobs: 2)).run()
        let actual = result.diagnostics.map {
            "\($0.location.file):\($0.location.line):\($0.location.column): \($0.severity.rawValue): \($0.code)"
        }
        let expectedLines = try expected()
        for line in expectedLines {
            #expect(actual.filter { $0 == line }.count == 1, "expected exactly once: \(line)")
        }
        #expect(actual.sorted() == expectedLines.sorted(), "unexpected extra or missing diagnostics")
        #expect(!result.wrote)
        #expect(!FileManager.default.fileExists(atPath: output.path))
    }

    @Test func checkReportsTheSameAsBuild() throws {
        let checked = SiteBuild(options: BuildOptions(siteRoot: site)).check()
        let expectedCount = try expected().count
        #expect(checked.diagnostics.count == expectedCount)
        #expect(!FileManager.default.fileExists(atPath: site.appendingPathComponent("public").path))
    }
}
