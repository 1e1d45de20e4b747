import Foundation
import Testing
@testable import SiteBuilder

/// The sample site's bundle brief is shaped like a real think-tank brief: one author with role
/// and centre, one editor, a hero image with credit, eleven notes with long URLs, a note cited
/// twice and the default disclaimer. Its page shows all of it, with DESIGN §5 note markup.
@Suite struct RealBriefPageTests {
    static let page: String = {
        let output = FixturePaths.temporaryDirectory().appendingPathComponent("public")
        _ = SiteBuild(options: BuildOptions(siteRoot: FixturePaths.packageRoot, output: output, jobs: 2)).run()
        let file = output.appendingPathComponent("briefs/pricing-water-for-informal-settlements/index.html")
        return (try? String(contentsOf: file, encoding: .utf8)) ?? ""
    }()

    var page: String { Self.page }
    let p = "pricing-water-for-informal-settlements"

    @Test func headerShowsTypeNumberTitleAndDates() {
        #expect(page.contains("Issue Brief"))
        #expect(page.contains("IB-2025-04"))
        #expect(page.contains("Paying More for Less"))
        #expect(page.contains("Why the Poorest Urban Households Face the Highest Water Prices"))
        #expect(page.contains("<time datetime=\"2025-06-17\">17 June 2025</time>"))
        #expect(page.components(separatedBy: "<h1").count == 2, "exactly one h1")
    }

    @Test func bylineNamesAuthorWithRoleAndCentreAndTheEditor() {
        #expect(page.contains("href=\"/people/halima-osman/\""))
        #expect(page.contains("Halima Osman"))
        #expect(page.contains("Research Fellow"))
        #expect(page.contains("href=\"/centres/climate/\""))
        #expect(page.contains("Edited by"))
        #expect(page.contains("href=\"/people/ruth-achieng/\""))
    }

    @Test func heroImageWithAltAndCredit() {
        #expect(page.contains("<img src=\"/briefs/\(p)/hero.png\" alt=\"Illustration: rows of tin-roofed houses"))
        #expect(page.contains("width=\"2400\" height=\"1600\""))
        #expect(page.contains("Source: Illustration: Kestrel Institute."))
    }

    @Test func elevenNotesWithDesignMarkupAndASecondUse() {
        #expect(page.contains("<section class=\"footnotes\" role=\"doc-endnotes\" aria-labelledby=\"\(p)-footnotes-label\">"))
        #expect(page.contains("<h2 id=\"\(p)-footnotes-label\">Notes</h2>"))
        for n in 1...11 {
            #expect(page.contains("<li id=\"\(p)-fn-\(n)\">"), "note \(n)")
            #expect(page.contains("<sup class=\"footnote-ref\"><a href=\"#\(p)-fn-\(n)\" id=\"\(p)-fnref-\(n)\" role=\"doc-noteref\" aria-describedby=\"\(p)-footnotes-label\">\(n)</a></sup>"), "reference \(n)")
            #expect(page.contains("<a href=\"#\(p)-fnref-\(n)\" role=\"doc-backlink\" aria-label=\"Back to reference \(n)\">↩</a>"), "backlink \(n)")
        }
        #expect(!page.contains("<li id=\"\(p)-fn-12\">"))
        #expect(page.contains("aria-label=\"Back to reference 2, second use\""))
        #expect(page.contains("id=\"\(p)-fnref-2-2\""))
        #expect(!page.contains("[^"), "no footnote left as literal text")
    }

    @Test func summaryTableOfContentsDisclaimerAndTerms() {
        #expect(page.contains("Households in informal settlements pay up to ten times"))
        #expect(page.contains("The views expressed in this publication are those of the authors alone."))
        #expect(page.contains("href=\"/topics/urban-water/\""))
        #expect(page.contains("href=\"/regions/east-africa/\""))
        #expect(page.contains("Contents"))
    }
}
