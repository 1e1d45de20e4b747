import Testing
import SiteModel
@testable import ContentLoader

/// The front-matter and site.yaml keys the citation and feed features read.
@Suite struct CitationFieldsDecoderTests {
    @Test func personNameParts() {
        let text = "---\nname: Gabriel García Márquez\nfamily_name: García Márquez\ngiven_name: Gabriel\n---\nBio.\n"
        let (person, diagnostics) = PersonDecoder.decode(Array(text.utf8), path: "content/people/g.md", id: "g")
        #expect(diagnostics.isEmpty, "\(diagnostics)")
        #expect(person?.familyName == "García Márquez")
        #expect(person?.givenName == "Gabriel")
    }

    @Test func feedLimitDefaultsToFiftyAndMustBePositive() {
        let base = "title: T\nbase_url: https://x.org/\n"
        let (config, diagnostics) = SiteConfigDecoder.decode(Array(base.utf8))
        #expect(diagnostics.isEmpty)
        #expect(config?.feedLimit == 50)
        #expect(SiteConfigDecoder.decode(Array((base + "feed_limit: 12\n").utf8)).0?.feedLimit == 12)
        let (_, bad) = SiteConfigDecoder.decode(Array((base + "feed_limit: 0\n").utf8))
        #expect(bad.map(\.description) == ["site.yaml:3:13: error: `feed_limit` must be at least 1 [wrong-type]"])
        let (_, typo) = SiteConfigDecoder.decode(Array((base + "feed_limt: 3\n").utf8))
        #expect(typo.first?.message.contains("did you mean `feed_limit`?") == true)
    }
}
