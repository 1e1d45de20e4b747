import Foundation
import Testing
@testable import SiteBuilder

/// Related briefs: shared topics score 2 each, the same centre 1; ties go to the newer brief,
/// then the slug; at most three, rendered on the brief page.
@Suite struct RelatedBriefsTests {
    func relatedSlugs(_ output: URL, _ slug: String) throws -> [String] {
        let html = try SyntheticSite.read(output, "briefs/\(slug)/index.html")
        guard let start = html.range(of: "<aside class=\"related\"") else { return [] }
        let section = String(html[start.lowerBound...].prefix { _ in true }.split(separator: "</aside>").first ?? "")
        return HTMLHead.matches(#"<h3 class="card-title"><a href="/think/briefs/([a-z0-9-]+)/">"#, in: section)
    }

    @Test func rankedBySharedTopicsThenCentre() throws {
        let output = try SyntheticSite.build(SyntheticSite.write())
        // middle shares two topics (4); older shares one topic and the centre (3); lonely shares nothing.
        #expect(try relatedSlugs(output, "tricky") == ["middle", "older"])
        #expect(try relatedSlugs(output, "lonely") == [])
        #expect(!(try SyntheticSite.read(output, "briefs/lonely/index.html")).contains("Related briefs"))
    }

    @Test func atMostThreeTiesByDateThenSlug() throws {
        let brief = { (title: String, date: String) in
            "---\ntitle: \(title)\ndate: \(date)\nauthors: [jose]\ntopics: [trade]\n---\nText.\n"
        }
        let root = try SyntheticSite.write(briefs: [
            "t-a": brief("T A", "2024-06-01"), "t-b": brief("T B", "2024-06-01"), "t-c": brief("T C", "2024-07-01"),
        ])
        let output = try SyntheticSite.build(root)
        // For `older` (trade, econ): tricky scores 3; middle, t-a, t-b and t-c score 2.
        // t-c is the newest of those; middle, t-a and t-b share a date, so the slug decides.
        #expect(try relatedSlugs(output, "older") == ["tricky", "t-c", "middle"])
        let again = try SyntheticSite.build(root)
        #expect(try SyntheticSite.read(output, "briefs/older/index.html") == SyntheticSite.read(again, "briefs/older/index.html"))
    }
}
