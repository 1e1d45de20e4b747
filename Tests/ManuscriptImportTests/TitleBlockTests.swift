import Testing
import SiteModel
@testable import ManuscriptImport

@Suite struct TitleBlockTests {
    func para(_ text: String) -> PandocBlock {
        .para(text.split(separator: " ", omittingEmptySubsequences: false).enumerated().flatMap { i, word in
            (i == 0 ? [] : [PandocInline.space]) + [.str(String(word))]
        })
    }

    @Test func titleCaseForAShoutingTitle() {
        #expect(TitleCase.isShouting("WATER SHARING IN THE INDUS BASIN"))
        #expect(!TitleCase.isShouting("Water Sharing"))
        #expect(!TitleCase.isShouting("UN"))
        #expect(TitleCase.make("WATER SHARING IN THE INDUS BASIN") == "Water Sharing in the Indus Basin")
        #expect(TitleCase.make("THE CASE FOR CROSS-BORDER TRADE: WHAT TO DO") == "The Case for Cross-Border Trade: What to Do")
        #expect(TitleCase.make("A TREATY TO LIVE BY") == "A Treaty to Live By")
    }

    @Test func datesAsManuscriptsWriteThem() {
        #expect(ManuscriptDate.parse("January 28, 2025") == SimpleDate("2025-01-28"))
        #expect(ManuscriptDate.parse("28 January 2025") == SimpleDate("2025-01-28"))
        #expect(ManuscriptDate.parse("Jan. 28, 2025") == SimpleDate("2025-01-28"))
        #expect(ManuscriptDate.parse("28th Jan 2025") == SimpleDate("2025-01-28"))
        #expect(ManuscriptDate.parse("2025-01-28") == SimpleDate("2025-01-28"))
        #expect(ManuscriptDate.parse("February 30, 2025") == nil)
        #expect(ManuscriptDate.parse("The year 2025 was hard") == nil)
        #expect(ManuscriptDate.parse("May the treaty hold") == nil)
    }

    @Test func bylinesWithRolesAndCentres() {
        let people = TitleBlock.people("Sana Mir, Senior Fellow, Centre for Climate and Resources and Bilal Khan")
        #expect(people == [
            .init(name: "Sana Mir", role: "Senior Fellow", centre: "Centre for Climate and Resources"),
            .init(name: "Bilal Khan"),
        ])
        #expect(TitleBlock.people("Ali Raza, Zara Baloch and Amara Diallo").map(\.name) == ["Ali Raza", "Zara Baloch", "Amara Diallo"])
        #expect(TitleBlock.people("Noor Khan & Tariq Anwar").map(\.name) == ["Noor Khan", "Tariq Anwar"])
    }

    @Test func theTitleBlockEndsWhereTheTextBegins() {
        let blocks: [PandocBlock] = [
            para("INDUS WATERS: WHY THE TREATY STILL MATTERS"),
            para("By"),
            para("Sana Mir, Senior Fellow, Centre for Climate"),
            para("Edited by Daniel Otieno"),
            para("28 January 2025"),
            .para([.emph([.str("The"), .space, .str("views"), .space, .str("expressed"), .space, .str("here"), .space, .str("are"), .space, .str("the"), .space, .str("authors'"), .space, .str("own.")])]),
            para("The treaty has survived three wars."),
            .header(level: 1, [.str("Background")]),
        ]
        let block = TitleBlock.read(blocks, meta: [:])
        #expect(block.title == "Indus Waters")
        #expect(block.subtitle == "Why the Treaty Still Matters")
        #expect(block.titleWasShouting)
        #expect(block.authors == [.init(name: "Sana Mir", role: "Senior Fellow", centre: "Centre for Climate")])
        #expect(block.editors == ["Daniel Otieno"])
        #expect(block.date == SimpleDate("2025-01-28"))
        #expect(block.disclaimer == "The views expressed here are the authors' own.")
        #expect(block.length == 6)
    }

    @Test func wordsPropertiesFillInWhatTheTextLacks() {
        let block = TitleBlock.read([para("The treaty has survived three wars.")],
                                    meta: ["title": ["Indus Waters"], "author": ["Sana Mir", "Bilal Khan"], "date": ["2025-01-28"]])
        #expect(block.title == "Indus Waters")
        #expect(block.authors.map(\.name) == ["Sana Mir", "Bilal Khan"])
        #expect(block.date == SimpleDate("2025-01-28"))
        #expect(block.length == 0)
    }
}
