import Foundation
import Testing
@testable import ContentLoader
import SiteModel

/// site.yaml `taxonomies:` declares the site's own ways of filing briefs beside topics and
/// regions; their names become URL folders and front-matter keys, so some are refused.
@Suite struct TaxonomyDeclarationTests {
    let base = "title: T\nbase_url: https://example.org/\n"

    func decode(_ taxonomies: String) -> (SiteConfig?, [Diagnostic]) {
        SiteConfigDecoder.decode(Array((base + "taxonomies:\n" + taxonomies).utf8))
    }

    @Test func declaredTaxonomiesFollowTopicsAndRegionsInTheirOrder() throws {
        let (config, diagnostics) = decode("""
              countries: { title: Countries, terms: { ke: Kenya } }
              sdg-goals:
              topics: { title: Themes }
              programmes: { title: Programmes of work, singular: Programme }

            """)
        #expect(diagnostics.isEmpty, "\(diagnostics)")
        let c = try #require(config)
        #expect(c.taxonomies.map(\.name) == ["topics", "regions", "countries", "sdg-goals", "programmes"])
        #expect(c.declaredTaxonomies == ["countries", "sdg-goals", "programmes"])
        #expect(c.taxonomy("countries")?.singular == "Country")
        #expect(c.taxonomy("sdg-goals")?.title == "Sdg goals")
        #expect(c.taxonomy("topics")?.title == "Themes" && c.taxonomy("topics")?.singular == "Theme")
        #expect(c.taxonomy("programmes")?.singular == "Programme")
        #expect(c.termLabel("ke", kind: "countries") == "Kenya")
    }

    @Test func namesThatAreFoldersOrKeysAlreadyAreErrorsAtTheirLine() {
        let (config, diagnostics) = decode("""
              people: {}
              authors: {}
              Bad Name: {}
              countries: [ke, ug]

            """)
        #expect(config != nil)
        #expect(diagnostics.map(\.code) == ["invalid-taxonomy", "invalid-taxonomy", "invalid-taxonomy", "wrong-type"], "\(diagnostics)")
        #expect(diagnostics.map(\.location.line) == [4, 5, 6, 7])
        #expect(config?.declaredTaxonomies == [])
    }

    @Test func briefsReadTermsOnlyUnderDeclaredNames() {
        let text = "---\ntitle: T\ndate: 2025-01-01\nauthors: [a]\ncountries: [Kenya, Uganda]\ncountry: [Kenya]\n---\nBody.\n"
        let (brief, _, diagnostics) = BriefDecoder.decode(Array(text.utf8), path: "content/briefs/t.md", defaultSlug: "t",
                                                        bundleDirectory: nil, taxonomies: ["countries"])
        #expect(brief?.terms == ["countries": ["Kenya", "Uganda"]])
        #expect(diagnostics.map(\.code) == ["unknown-key"], "a misspelt taxonomy still warns: \(diagnostics)")
        #expect(diagnostics.first?.location.line == 6)
    }
}
