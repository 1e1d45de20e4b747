import Foundation
import Testing
@testable import SiteBuilder

/// The JSON-LD `Report` in each brief's head parses as JSON and keeps every title intact,
/// even one holding `</script>`, quotes and non-Latin text.
@Suite struct JSONLDReportTests {
    static let output: URL? = try? SyntheticSite.build(SyntheticSite.write())

    func report(_ slug: String) throws -> (raw: String, json: [String: Any]) {
        let output = try #require(Self.output)
        let scripts = HTMLHead(html: try SyntheticSite.read(output, "briefs/\(slug)/index.html")).jsonLD
        try #require(scripts.count == 1)
        let object = try JSONSerialization.jsonObject(with: Data(scripts[0].utf8))
        return (scripts[0], try #require(object as? [String: Any]))
    }

    @Test func cannotEndItsScriptElement() throws {
        let (raw, _) = try report("tricky")
        #expect(!raw.contains("<"), "no `<` at all, so no </script> and no <!--")
        #expect(!raw.contains(">"))
        #expect(!raw.contains("&"))
    }

    @Test func describesTheBriefAsAReport() throws {
        let (_, json) = try report("tricky")
        let base = SyntheticSite.baseURL
        #expect(json["@context"] as? String == "https://schema.org")
        #expect(json["@type"] as? String == "Report")
        #expect(json["headline"] as? String == SyntheticSite.trickyTitleShown)
        #expect(json["alternativeHeadline"] as? String == SyntheticSite.trickySubtitleShown)
        #expect(json["description"] as? String == SyntheticSite.trickySummaryShown)
        #expect(json["datePublished"] as? String == "2025-03-04")
        #expect(json["dateModified"] as? String == "2025-05-06")
        #expect(json["reportNumber"] as? String == "WP-2025/07 & <b>")
        #expect(json["inLanguage"] as? String == "en")
        #expect(json["isAccessibleForFree"] as? Bool == true)
        #expect(json["url"] as? String == base + "briefs/tricky/")
        let authors = try #require(json["author"] as? [[String: Any]])
        #expect(authors.map { $0["name"] as? String } == ["Gabriel García Márquez", "José Álvarez-Núñez", "علی رضا"])
        #expect(authors.allSatisfy { $0["@type"] as? String == "Person" })
        #expect(authors[0]["familyName"] as? String == "García Márquez")
        #expect(authors[1]["url"] as? String == base + "people/jose/")
        #expect(authors[1]["sameAs"] as? String == "https://orcid.org/0000-0002-1825-0097")
        let editors = try #require(json["editor"] as? [[String: Any]])
        #expect(editors.map { $0["name"] as? String } == ["Edith O'Brien"])
        let publisher = try #require(json["publisher"] as? [String: Any])
        #expect(publisher["@type"] as? String == "Organization")
        #expect(publisher["name"] as? String == SyntheticSite.organisation)
        let about = try #require(json["about"] as? [[String: Any]])
        #expect(about.map { $0["name"] as? String } == ["Énergie & eau", "trade"])
        #expect(json["keywords"] as? [String] == ["Énergie & eau", "trade", "tariffs", "50% rule_{x}"])
        let identifier = try #require(json["identifier"] as? [String: Any])
        #expect(identifier["value"] as? String == "10.1234/abc_def")
    }

    @Test func keysAreSortedSoOutputIsDeterministic() throws {
        let (raw, json) = try report("older")
        #expect(raw.hasPrefix(#"{"@context":"https://schema.org","@id":"#), "sorted keys: @context, @id, @type, about…")
        #expect(json["editor"] == nil, "no editors, no key")
        #expect(json["reportNumber"] == nil)
    }

    @Test func scriptSafeEscapesMarkupCharacters() throws {
        var w = JSONWriter(pretty: false, scriptSafe: true)
        w.object { w in w.field("s", "a</script><!-- & \u{2028}") }
        let text = String(decoding: w.bytes, as: UTF8.self)
        #expect(text == #"{"s":"a\u003c/script\u003e\u003c!-- \u0026 \u2028"}"#)
        let back = try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: String]
        #expect(back?["s"] == "a</script><!-- & \u{2028}")
    }
}
