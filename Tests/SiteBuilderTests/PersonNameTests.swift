import Testing
import SiteModel
@testable import SiteBuilder

/// Name parts for citations: the last word by default, `family_name`/`given_name` when set.
@Suite struct PersonNameTests {
    func name(_ full: String, family: String? = nil, given: String? = nil) -> PersonName {
        PersonName(Person(id: "p", sourcePath: "p.md", name: full, familyName: family, givenName: given))
    }

    @Test func lastWordIsTheFamilyNameByDefault() {
        let n = name("Halima Osman")
        #expect((n.family, n.given, n.inverted, n.splitsNaturally) == ("Osman", "Halima", "Osman, Halima", true))
        let urdu = name("علی رضا")
        #expect((urdu.family, urdu.given) == ("رضا", "علی"))
    }

    @Test func familyNameOverrideAfterOrBeforeTheGivenNames() {
        let after = name("Gabriel García Márquez", family: "García Márquez")
        #expect((after.family, after.given, after.splitsNaturally) == ("García Márquez", "Gabriel", false))
        #expect(HighwireTags.authorName(after) == "García Márquez, Gabriel")
        let before = name("Mao Zedong", family: "Mao")
        #expect((before.family, before.given, before.inverted) == ("Mao", "Zedong", "Mao, Zedong"))
        let explicit = name("Ngũgĩ wa Thiong'o", family: "wa Thiong'o", given: "Ngũgĩ")
        #expect((explicit.family, explicit.given) == ("wa Thiong'o", "Ngũgĩ"))
    }

    @Test func oneWordNamesAreCitedAsWritten() {
        let n = name("Suharto")
        #expect(n.given == nil)
        #expect(n.inverted == "Suharto")
        #expect(BibTeXFormat.author(n) == "{Suharto}")
        #expect(HighwireTags.authorName(n) == "Suharto")
    }
}
