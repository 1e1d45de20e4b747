import Testing
import SiteModel

/// Series numbers (issue 21): the pattern, read back, and the ISSN's check digit.
@Suite struct SeriesNumberingTests {
    @Test func patternsFormatAndReadBack() throws {
        let pattern = try #require(SeriesNumbering("IB-{year}-{n:02}"))
        #expect(pattern.format(year: 2025, n: 4) == "IB-2025-04")
        #expect(pattern.format(year: 2025, n: 123) == "IB-2025-123")
        #expect(pattern.n(of: "IB-2025-07", year: 2025) == 7)
        #expect(pattern.n(of: "IB-2024-07", year: 2025) == nil, "another year's number")
        #expect(pattern.n(of: "PB-2025-07", year: 2025) == nil)
        #expect(pattern.n(of: "IB-2025-07a", year: 2025) == nil)
        #expect(SeriesNumbering("No. {n}")?.format(year: 2025, n: 9) == "No. 9")
        #expect(SeriesNumbering("{n:03}/{year}")?.n(of: "012/2030", year: 2030) == 12)
    }

    @Test func badPatternsAreRefused() {
        for pattern in ["IB-{year}", "{n}{n}", "{year}{year}-{n}", "{n:2}", "{n:010}", "{n:00}", "{count}", "IB-{n", ""] {
            #expect(SeriesNumbering(pattern) == nil, "\(pattern)")
        }
    }

    @Test func issnsHaveACheckDigit() {
        #expect(ISSN.isValid("2049-3576"))
        #expect(ISSN.isValid("0317-8471"))
        #expect(ISSN.isValid("2434-561x"), "X is ten")
        #expect(!ISSN.isValid("2049-3577"))
        #expect(!ISSN.isValid("20493576"))
        #expect(!ISSN.isValid("2049-357"))
        #expect(!ISSN.isValid("٢٠٤٩-3576"))
    }
}
