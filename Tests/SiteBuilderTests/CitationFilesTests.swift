import Foundation
import Testing
@testable import SiteBuilder

/// cite.bib, cite.ris and cite.json beside each brief parse back into the brief's fields, with
/// `&`, `<`, quotes, TeX specials, Urdu and accented names intact.
@Suite struct CitationFilesTests {
    static let output: URL? = try? SyntheticSite.build(SyntheticSite.write())
    let fullTitle = SyntheticSite.trickyTitleShown + ": " + SyntheticSite.trickySubtitleShown

    func file(_ name: String, of slug: String = "tricky") throws -> String {
        try SyntheticSite.read(try #require(Self.output), "briefs/\(slug)/\(name)")
    }

    @Test func bibtexRoundTrips() throws {
        let bib = try BibTeXReader(try file("cite.bib"))
        #expect(bib.type == "techreport")
        #expect(bib.key == "garciamarquez2025water")
        #expect(bib.field("title") == fullTitle)
        #expect(bib.authors.map(\.family) == ["García Márquez", "Álvarez-Núñez", "رضا"])
        #expect(bib.authors.map(\.given) == ["Gabriel", "José", "علی"])
        #expect(bib.field("institution") == SyntheticSite.organisation)
        #expect(bib.field("year") == "2025")
        #expect(bib.raw["month"] == "mar")
        #expect(bib.field("type") == "Working Paper")
        #expect(bib.field("number") == "WP-2025/07 & <b>")
        #expect(bib.field("address") == "Lahore")
        #expect(bib.raw["url"] == SyntheticSite.baseURL + "briefs/tricky/")
        #expect(bib.raw["doi"] == "10.1234/abc_def", "doi is verbatim, not TeX-escaped")
        #expect(bib.field("keywords") == "Énergie & eau, trade, tariffs, 50% rule_{x}")
        #expect(bib.field("abstract") == SyntheticSite.trickySummaryShown)
        #expect(bib.raw["editor"] == nil, "editors are not authors")
    }

    @Test func texSpecialCharactersAreEscaped() throws {
        let raw = "\\ { } $ & # ^ _ % ~"
        let escaped = TeXEscape.text(raw)
        #expect(escaped == "\\textbackslash{} \\{ \\} \\$ \\& \\# \\textasciicircum{} \\_ \\% \\textasciitilde{}")
        #expect(BibTeXReader.untex(escaped) == raw)
        let bib = try BibTeXReader("@techreport{k,\n  title = {{\(escaped)}}\n}\n")
        #expect(bib.field("title") == raw, "braces stay balanced, so the entry parses")
        // A combining mark after a special character does not hide it; line breaks become spaces.
        #expect(TeXEscape.text("A &\u{301} B_\u{308}\r\nC") == "A \\&\u{301} B\\_\u{308}  C")
        #expect(TeXEscape.text("Énergie et eau") == "Énergie et eau")
    }

    @Test func risRoundTrips() throws {
        let text = try file("cite.ris")
        #expect(text.hasSuffix("ER  - \r\n"))
        let lines = text.split(separator: "\r\n").map(String.init)
        let tags: [(String, String)] = try lines.map { line in
            let m = HTMLHead.matches(#"^([A-Z][A-Z0-9])  - (.*)$"#, in: line)
            try #require(line.count >= 6 && m.count == 1, "every line is `TAG  - value`: \(line)")
            return (String(line.prefix(2)), String(line.dropFirst(6)))
        }
        #expect(tags.first?.0 == "TY" && tags.first?.1 == "RPRT")
        #expect(tags.last?.0 == "ER")
        func values(_ tag: String) -> [String] { tags.filter { $0.0 == tag }.map(\.1) }
        #expect(values("AU") == ["García Márquez, Gabriel", "Álvarez-Núñez, José", "رضا, علی"])
        #expect(values("TI") == [fullTitle])
        #expect(values("PY") == ["2025"])
        #expect(values("DA") == ["2025/03/04"])
        #expect(values("PB") == [SyntheticSite.organisation])
        #expect(values("CY") == ["Lahore"])
        #expect(values("SN") == ["WP-2025/07 & <b>"])
        #expect(values("M3") == ["Working Paper"])
        #expect(values("DO") == ["10.1234/abc_def"])
        #expect(values("UR") == [SyntheticSite.baseURL + "briefs/tricky/"])
        #expect(values("KW") == ["Énergie & eau", "trade", "tariffs", "50% rule_{x}"])
        #expect(values("AB") == [SyntheticSite.trickySummaryShown])
    }

    @Test func cslJSONRoundTrips() throws {
        let data = Data(try file("cite.json").utf8)
        let items = try #require(try JSONSerialization.jsonObject(with: data) as? [[String: Any]])
        try #require(items.count == 1)
        let item = items[0]
        #expect(item["type"] as? String == "report")
        #expect(item["id"] as? String == "garciamarquez2025water")
        #expect(item["title"] as? String == fullTitle)
        let authors = try #require(item["author"] as? [[String: String]])
        #expect(authors == [["family": "García Márquez", "given": "Gabriel"], ["family": "Álvarez-Núñez", "given": "José"],
                            ["family": "رضا", "given": "علی"]])
        #expect((item["editor"] as? [[String: String]]) == [["family": "O'Brien", "given": "Edith"]])
        let issued = try #require(item["issued"] as? [String: Any])
        #expect((issued["date-parts"] as? [[Int]]) == [[2025, 3, 4]])
        #expect(item["publisher"] as? String == SyntheticSite.organisation)
        #expect(item["publisher-place"] as? String == "Lahore")
        #expect(item["genre"] as? String == "Working Paper")
        #expect(item["number"] as? String == "WP-2025/07 & <b>")
        #expect(item["DOI"] as? String == "10.1234/abc_def")
        #expect(item["URL"] as? String == SyntheticSite.baseURL + "briefs/tricky/")
        #expect(item["abstract"] as? String == SyntheticSite.trickySummaryShown)
    }

    @Test func everyBriefHasItsThreeFilesAndThePageLinksThem() throws {
        let output = try #require(Self.output)
        for slug in ["tricky", "older", "middle", "lonely"] {
            for name in ["cite.bib", "cite.ris", "cite.json"] {
                #expect(FileManager.default.fileExists(atPath: output.appendingPathComponent("briefs/\(slug)/\(name)").path))
                #expect(try file("index.html", of: slug).contains("href=\"/think/briefs/\(slug)/\(name)\" download"))
            }
        }
        let older = try BibTeXReader(try file("cite.bib", of: "older"))
        #expect(older.raw["number"] == nil)
        #expect(older.authors.map(\.family) == ["رضا"])
        #expect(older.key == "brief2024older", "an author name in another script gives way to `brief` in the ASCII key")
    }

    /// The page's "Cite this brief" box, as text a reader selects.
    @Test func chicagoCitationOnThePage() throws {
        let html = try file("index.html")
        func text(_ id: String) throws -> String {
            let inner = try #require(HTMLHead.matches(#"<pre class="cite-text" id="\#(id)">(.*?)</pre>"#, in: html).first)
            return HTMLHead.decodeEntities(inner.replacingOccurrences(of: "<em>", with: "").replacingOccurrences(of: "</em>", with: ""))
        }
        let org = SyntheticSite.organisation
        #expect(try text("imprint-cite-note") ==
            "Gabriel García Márquez, José Álvarez-Núñez, and علی رضا, \(fullTitle), Working Paper WP-2025/07 & <b> (Lahore: \(org), 2025), https://doi.org/10.1234/abc_def.")
        #expect(try text("imprint-cite-bibliography") ==
            "García Márquez, Gabriel, José Álvarez-Núñez, and علی رضا. \(fullTitle). Working Paper WP-2025/07 & <b>. Lahore: \(org), 2025. https://doi.org/10.1234/abc_def.")
        #expect(html.contains("<em>\(XMLEscape.text(fullTitle))</em>"), "the title is italic")
        #expect(html.contains(#"<button type="button" class="cite-copy" data-copy="imprint-cite-note" hidden>"#),
                "the copy button is hidden until cite.js shows it")
        #expect(html.contains(#"<script src="/think/js/cite.js" defer></script>"#))
    }

    @Test func chicagoAuthorListsAndTitlePunctuation() {
        func name(_ s: String) -> PersonName {
            let w = s.split(separator: " ")
            return PersonName(display: s, family: String(w.last!), given: w.dropLast().joined(separator: " "))
        }
        let names = ["Ann Lee", "Bo Kim", "Cy Orr", "Di Pak"].map(name)
        #expect(ChicagoCitation.noteAuthors(Array(names.prefix(1))) == "Ann Lee")
        #expect(ChicagoCitation.noteAuthors(Array(names.prefix(2))) == "Ann Lee and Bo Kim")
        #expect(ChicagoCitation.noteAuthors(Array(names.prefix(3))) == "Ann Lee, Bo Kim, and Cy Orr")
        #expect(ChicagoCitation.noteAuthors(names) == "Ann Lee et al.")
        #expect(ChicagoCitation.bibliographyAuthors(Array(names.prefix(2))) == "Lee, Ann, and Bo Kim")
        #expect(ChicagoCitation.bibliographyAuthors(names) == "Lee, Ann, Bo Kim, Cy Orr, and Di Pak")
        let eleven = (1...11).map { name("P\($0) Q\($0)") }
        #expect(ChicagoCitation.bibliographyAuthors(eleven) == "Q1, P1, P2 Q2, P3 Q3, P4 Q4, P5 Q5, P6 Q6, P7 Q7, et al.")

        let record = CitationRecord(
            title: "Who Pays?", subtitle: nil, authors: [name("Ann Lee")], editors: [], date: .init(year: 2025, month: 1, day: 2)!,
            updated: nil, institution: "Inst", place: nil, typeLabel: "Policy Brief", number: nil, url: "https://x.org/b/",
            doi: nil, abstract: nil, language: "en", keywords: [], key: "lee2025who")
        let chicago = ChicagoCitation(record)
        #expect(ChicagoCitation.text(chicago.note) == "Ann Lee, Who Pays? Policy Brief (Inst, 2025), https://x.org/b/.")
        #expect(ChicagoCitation.text(chicago.bibliography) == "Lee, Ann. Who Pays? Policy Brief. Inst, 2025. https://x.org/b/.")
    }
}
