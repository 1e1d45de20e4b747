import Testing
import SiteModel

@Suite struct SlugTests {
    @Test func asciiTermsAndOthersSlugTheSameWay() {
        #expect(Slug.make("Climate Finance") == "climate-finance")
        #expect(Slug.make("  South--Asia! ") == "south-asia")
        #expect(Slug.make("COVID-19 & Trade") == "covid-19-trade")
        #expect(Slug.make("Énergie Côte d’Ivoire") == "energie-cote-d-ivoire")
        #expect(Slug.make("Zürich") == "zurich")
        let fnv = { (text: String) -> String in
            var h: UInt64 = 0xcbf29ce484222325
            for b in text.utf8 { h = (h ^ UInt64(b)) &* 0x100000001b3 }
            return "term-" + String(h, radix: 16)
        }
        #expect(Slug.make("!!!") == fnv("!!!"))
        #expect(Slug.make("بلوچستان") == fnv("بلوچستان"))
    }
}
