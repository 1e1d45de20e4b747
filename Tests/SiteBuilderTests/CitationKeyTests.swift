import Testing
@testable import SiteBuilder

/// BibTeX keys: family name, year, first significant title word, ASCII only.
@Suite struct CitationKeyTests {
    @Test(arguments: [
        ("Raza", 2025, "The Grid: Why Now", "raza2025grid"),
        ("Baloch", 2024, "Gas Prices", "baloch2024gas"),
        ("Müller-Lüdenscheidt", 2023, "Über die Netze", "mullerludenscheidt2023uber"),
        ("Åström", 2022, "Évaluation des réseaux", "astrom2022evaluation"),
        ("O'Neil", 2021, "A 2030 Plan", "oneil20212030"),
        ("Ødegård", 2022, "Ørsted and the North Sea", "odegard2022orsted"),
        ("Wałęsa", 2019, "Straße der Zukunft", "walesa2019strasse"),
        ("", 2020, "Of the", "brief2020brief"),
    ])
    func keys(_ family: String, _ year: Int, _ title: String, _ expected: String) {
        #expect(CitationRecord.key(family: family, year: year, title: title) == expected)
    }

    @Test func noFamilyNameFallsBackToBrief() {
        #expect(CitationRecord.key(family: nil, year: 2019, title: "Water") == "brief2019water")
    }
}
