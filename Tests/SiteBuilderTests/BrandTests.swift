import Foundation
import Testing
@testable import SiteBuilder

/// The institute's brand (issue 21): site.yaml `logo`, `favicon` and `disclaimer_position`, and
/// people's photos. The web pages, feeds and JSON-LD are in the golden site; this is the PDF's page.
@Suite struct BrandTests {
    @Test func thePrintPageHasTheSitesLogoAndTheDisclaimerUnderTheDate() throws {
        let root = FixturePaths.temporaryDirectory().appendingPathComponent("site")
        try FileManager.default.copyItem(at: FixturePaths.fixtures.appendingPathComponent("golden-site/input"), to: root)
        let build = SiteBuild(options: BuildOptions(siteRoot: root, jobs: 2))
        let (prepared, diagnostics) = build.prepare()
        let ready = try #require(prepared, "\(diagnostics)")
        let index = try #require(ready.site.briefs.firstIndex { $0.slug == "grid-reform" })
        let html = build.printPlanner(ready).job(index).html
        #expect(html.contains(#"<img class="logo" src="file://"#) && html.contains("/static/images/golden-logo.svg\" alt=\"\">"), "\(html)")
        let disclaimer = try #require(html.range(of: "<section class=\"disclaimer disclaimer-top\">"))
        let body = try #require(html.range(of: "<div class=\"body\">"))
        #expect(disclaimer.lowerBound < body.lowerBound, "the disclaimer comes before the text")
        #expect(html.components(separatedBy: "Views are the authors").count == 2, "and only once")
    }
}
