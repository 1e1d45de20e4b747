import Foundation
import Testing
@testable import SiteBuilder

/// Corrections (issue 21): the dated notice is in the print page too, and each counts as an
/// update for the brief's metadata (the web page, feeds and JSON-LD are in the golden site).
@Suite struct CorrectionsTests {
    @Test func thePrintPageCarriesTheNotice() throws {
        let root = FixturePaths.temporaryDirectory().appendingPathComponent("site")
        try FileManager.default.copyItem(at: FixturePaths.fixtures.appendingPathComponent("golden-site/input"), to: root)
        let build = SiteBuild(options: BuildOptions(siteRoot: root, jobs: 2))
        let (prepared, diagnostics) = build.prepare()
        let ready = try #require(prepared, "\(diagnostics)")
        let index = try #require(ready.site.briefs.firstIndex { $0.slug == "grid-reform" })
        let html = build.printPlanner(ready).job(index).html
        #expect(html.contains(#"<aside class="corrections">"#), "\(html)")
        #expect(html.contains(#"<li><time datetime="2025-07-15">15 July 2025</time>: <p>An earlier version put 2024 losses at <em>12%</em>"#))
        #expect(html.contains("&amp; not &lt; 20%"))
        #expect(ready.site.briefs[index].lastModified.iso == "2025-07-15", "the correction is the latest change")
    }
}
