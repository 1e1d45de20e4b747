import Testing
import SiteModel
@testable import SiteBuilder

/// Found in review: a pattern without `{year}` numbers on across years.
@Suite struct SeriesNumbersTests {
    func brief(_ slug: String, _ date: String, number: String? = nil) -> Brief {
        Brief(slug: slug, sourcePath: "content/briefs/\(slug).md", title: slug, date: SimpleDate(date)!, authors: [],
              number: number, body: "", bodyStartLine: 1)
    }

    @Test func numbersRunOnAcrossYearsWithoutYearInThePattern() throws {
        let numbering: SeriesNumbering = try #require(SeriesNumbering("WP-{n:03}"))
        let type = BriefType(id: "wp", label: "Working Paper", numbering: numbering)
        let briefs = [brief("b", "2025-02-01"), brief("a", "2024-06-01"), brief("c", "2025-01-01", number: "WP-007")]
        let numbers = SeriesNumbers().assign(briefs, types: [type], typeID: { _ in "wp" })
        #expect(numbers.briefs["a"]?.number == "WP-008")
        #expect(numbers.briefs["b"]?.number == "WP-009")
        #expect(numbers.briefs["c"] == nil, "a number written by hand stays the brief's own")
    }

    @Test func numbersRestartEachYearWithYearInThePattern() throws {
        let numbering: SeriesNumbering = try #require(SeriesNumbering("IB-{year}-{n}"))
        let type = BriefType(id: "ib", label: "Issue Brief", numbering: numbering)
        let numbers = SeriesNumbers().assign([brief("x", "2024-03-01"), brief("y", "2025-03-01")], types: [type], typeID: { _ in "ib" })
        #expect(numbers.briefs["x"]?.number == "IB-2024-1")
        #expect(numbers.briefs["y"]?.number == "IB-2025-1")
    }
}
