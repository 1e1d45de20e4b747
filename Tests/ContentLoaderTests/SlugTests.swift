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
        // Another script keeps its letters: the URL is percent-encoded, browsers show it as written.
        #expect(Slug.make("بلوچستان") == "بلوچستان")
        #expect(Slug.make("پانی کی قیمت!") == "پانی-کی-قیمت")
        #expect(Slug.make("Москва 2024") == "москва-2024")
        #expect(Slug.make("विकास") == "विकास", "vowel signs are marks, kept")
        #expect(Slug.make("می\u{200C}خواهم") == "میخواهم", "a zero-width non-joiner is dropped")
        #expect(Slug.make("بلوچستان") == Slug.make("بلوچستان".decomposedStringWithCanonicalMapping), "one slug whatever the normalisation")
        let long = Slug.make(String(repeating: "پانی ", count: 40))
        #expect(long.utf8.count <= 180 && long.utf8.count > 150 && !long.contains("/") && !long.contains("."))
        let marked = Slug.make(String(repeating: "بِسْمِ ", count: 100))
        #expect(marked.utf8.count <= 180, "marks count in bytes: a file name has 255")
        #expect(Slug.make("../بلوچستان/..") == "بلوچستان", "never a path")
    }
}
