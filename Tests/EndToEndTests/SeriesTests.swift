import Foundation
import Testing

/// Series (issue 21): a numbered type gives its briefs numbers in date order within a year,
/// records them in series-numbers.json so they never change, and shows them in citations.
@Suite struct SeriesTests {
    func brief(_ title: String, date: String, type: String = "issue-brief", extra: String = "") -> String {
        "---\ntitle: \(title)\ndate: \(date)\nauthors: [zara-baloch]\ntype: \(type)\n\(extra)---\nText.\n"
    }

    @Test func numbersAreGivenInDateOrderAndNeverMove() throws {
        let site = try ImprintBinary.copyFixture("golden-site/input")
        let out = site.deletingLastPathComponent().appendingPathComponent("public")
        func write(_ slug: String, _ text: String) throws {
            try Data(text.utf8).write(to: site.appendingPathComponent("content/briefs/\(slug).md"))
        }
        try write("march", brief("March", date: "2025-03-10"))
        try write("january", brief("January", date: "2025-01-10"))
        try write("by-hand", brief("By Hand", date: "2025-02-01", extra: "number: IB-2025-05\n"))
        try write("draft-one", brief("Draft", date: "2025-04-01", extra: "draft: true\n"))

        let first = try ImprintBinary.run(["build", "-s", site.path, "-o", out.path])
        #expect(first.status == 0, "\(first.stderr)")
        #expect(first.stdout.contains("Numbered content/briefs/january.md: IB-2025-06, content/briefs/march.md: IB-2025-07; recorded in series-numbers.json"),
                "after the number written by hand, in date order: \(first.stdout)")
        let page = try String(contentsOf: out.appendingPathComponent("briefs/january/index.html"), encoding: .utf8)
        #expect(page.contains(#"<span class="kicker-number">IB-2025-06</span>"#))
        #expect(page.contains(#"<meta name="citation_technical_report_number" content="IB-2025-06">"#))
        let bib = try String(contentsOf: out.appendingPathComponent("briefs/january/cite.bib"), encoding: .utf8)
        #expect(bib.contains("number      = {IB-2025-06}") && bib.contains("series      = {Golden Issue Briefs}"), "\(bib)")
        let record = try String(contentsOf: site.appendingPathComponent("series-numbers.json"), encoding: .utf8)
        #expect(!record.contains("draft-one"), "a draft waits for its number")

        // A brief back-dated into January takes the next number; nobody else's moves.
        try write("new-year", brief("New Year", date: "2025-01-02"))
        let second = try ImprintBinary.run(["build", "-s", site.path, "-o", out.path])
        #expect(second.status == 0, "\(second.stderr)")
        #expect(second.stdout.contains("Numbered content/briefs/new-year.md: IB-2025-08;"), "\(second.stdout)")
        #expect(try String(contentsOf: out.appendingPathComponent("briefs/january/index.html"), encoding: .utf8).contains("IB-2025-06"))

        let third = try ImprintBinary.run(["build", "-s", site.path, "-o", out.path])
        #expect(third.stdout.hasPrefix("Up to date:"), "nothing new: \(third.stdout)")
        #expect(!third.stdout.contains("Numbered"))
    }

    @Test func aBadISSNOrPatternIsAnErrorAtItsLine() throws {
        let site = try ImprintBinary.copyFixture("golden-site/input")
        let yaml = site.appendingPathComponent("site.yaml")
        let text = try String(contentsOf: yaml, encoding: .utf8)
        try Data(text.replacingOccurrences(of: "issn: 2049-3576, numbering: \"IB-{year}-{n:02}\"", with: "issn: 2049-3577, numbering: \"IB-{year}\"").utf8).write(to: yaml)
        let result = try ImprintBinary.run(["check", "-s", site.path])
        #expect(result.status == 1)
        #expect(result.stdout.contains("site.yaml:7:73: error: `issn` 2049-3577 is not an ISSN (NNNN-NNNC, its last digit a check digit) [wrong-type]"), "\(result.stdout)")
        #expect(result.stdout.contains("site.yaml:7:95: error: `numbering` must hold {n}"), "\(result.stdout)")
    }
}
