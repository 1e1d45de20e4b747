import Foundation
import Testing

/// The site's own taxonomies (issue 21): declared in site.yaml, written in front matter like
/// topics, with an index and a page per term, shown on the brief, checked like topics.
@Suite struct TaxonomyTests {
    func write(_ site: URL, _ path: String, _ text: String) throws {
        let url = site.appendingPathComponent(path)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(text.utf8).write(to: url)
    }

    func appendToSiteYAML(_ site: URL, _ text: String) throws {
        let yaml = try String(contentsOf: site.appendingPathComponent("site.yaml"), encoding: .utf8)
        try Data((yaml + text).utf8).write(to: site.appendingPathComponent("site.yaml"))
    }

    @Test func aDeclaredTaxonomyGetsItsPagesAndShowsOnTheBrief() throws {
        let site = try ImprintBinary.copyFixture("golden-site/input")
        let out = site.deletingLastPathComponent().appendingPathComponent("public")
        let yaml = try String(contentsOf: site.appendingPathComponent("site.yaml"), encoding: .utf8)
        try Data(yaml.replacingOccurrences(of: "  countries:\n", with: "  programmes: { singular: Programme }\n  countries:\n").utf8)
            .write(to: site.appendingPathComponent("site.yaml"))
        let gas = site.appendingPathComponent("content/briefs/gas-prices.md")
        let text = try String(contentsOf: gas, encoding: .utf8)
        try Data(text.replacingOccurrences(of: "countries: [pk, ae]\n", with: "countries: [pk, ae]\nprogrammes: [Energy Transition]\n").utf8).write(to: gas)
        let build = try ImprintBinary.run(["build", "-s", site.path, "-o", out.path])
        #expect(build.status == 0, "\(build.stderr)")
        let index = try String(contentsOf: out.appendingPathComponent("programmes/index.html"), encoding: .utf8)
        #expect(index.contains("<h1>Programmes</h1>"), "\(index)")
        #expect(index.contains("<a href=\"/research/programmes/energy-transition/\">Energy Transition</a>"))
        let term = try String(contentsOf: out.appendingPathComponent("programmes/energy-transition/index.html"), encoding: .utf8)
        #expect(term.contains("<h1>Programme: Energy Transition</h1>"), "\(term)")
        #expect(term.contains("/research/briefs/gas-prices/"))
        let brief = try String(contentsOf: out.appendingPathComponent("briefs/gas-prices/index.html"), encoding: .utf8)
        #expect(brief.contains("<dt>Programmes</dt><dd data-pagefind-filter=\"programme\"><a href=\"/research/programmes/energy-transition/\">Energy Transition</a></dd>"), "\(brief)")
        let sitemap = try String(contentsOf: out.appendingPathComponent("sitemap.xml"), encoding: .utf8)
        #expect(sitemap.contains("https://golden.example.org/research/programmes/energy-transition/"))
    }

    @Test func badDeclarationsAndCollisionsAreErrorsAtTheirLines() throws {
        let site = try ImprintBinary.copyFixture("golden-site/input")
        let yaml = try String(contentsOf: site.appendingPathComponent("site.yaml"), encoding: .utf8)
        let lines = yaml.split(separator: "\n", omittingEmptySubsequences: false)
        let countriesLine = try #require(lines.firstIndex { $0 == "  countries:" }) + 1
        try Data(yaml.replacingOccurrences(of: "  countries:\n", with: "  archive: {}\n  countries:\n").utf8)
            .write(to: site.appendingPathComponent("site.yaml"))
        // A page at the taxonomy's folder, and two spellings that share one term page.
        try write(site, "content/pages/countries.md", "---\ntitle: Countries we work in\n---\nText.\n")
        try write(site, "content/briefs/c-one.md", "---\ntitle: C one\ndate: 2025-01-02\nauthors: [zara-baloch]\ncountries: [Côte d'Ivoire]\n---\nA.\n")
        try write(site, "content/briefs/c-two.md", "---\ntitle: C two\ndate: 2025-01-03\nauthors: [zara-baloch]\ncountries: [Cote d Ivoire]\n---\nB.\n")
        let check = try ImprintBinary.run(["check", "-s", site.path])
        #expect(check.status == 1)
        #expect(check.stdout.contains("site.yaml:\(countriesLine):3: error: `archive` is a folder Imprint writes itself"), "\(check.stdout)")
        #expect(check.stdout.contains("content/pages/countries.md:1:1: error: the page slug `countries` would replace"), "\(check.stdout)")
        #expect(check.stdout.contains("content/briefs/c-two.md:5:12: error: the country `Cote d Ivoire` would share the page /countries/cote-d-ivoire/"),
                "\(check.stdout)")
    }
}
