import Foundation
import Testing
import SiteModel
@testable import SiteBuilder

/// sitemap.xml lists every published page with its lastmod and becomes a sitemap index above
/// 50,000 URLs; robots.txt names it; drafts never appear.
@Suite struct SitemapTests {
    static let output: URL? = try? SyntheticSite.build(SyntheticSite.write(), drafts: true)

    func urls(_ tree: XMLTree) -> [(loc: String, lastmod: String?)] {
        tree.all("url").map { ($0.first("loc")?.text ?? "", $0.first("lastmod")?.text) }
    }

    @Test func fiftyThousandAndOneURLsMakeASitemapIndex() throws {
        let day = SimpleDate(year: 2025, month: 1, day: 1)!
        let entries = (0..<50_001).map { SitemapEntry(loc: "https://example.org/p/\($0)/", lastmod: $0 == 50_000 ? day : nil) }
        let sitemap = Sitemap(entries: entries, baseURL: "https://example.org/")
        #expect(sitemap.paths == ["sitemap.xml", "sitemap-1.xml", "sitemap-2.xml"])

        let index = try XMLTree.parse(Data(sitemap.render(0).utf8))
        #expect(index.name == "sitemapindex" && index.namespace == "http://www.sitemaps.org/schemas/sitemap/0.9")
        let parts = index.all("sitemap")
        #expect(parts.map { $0.first("loc")?.text } == ["https://example.org/sitemap-1.xml", "https://example.org/sitemap-2.xml"])
        #expect(parts.map { $0.first("lastmod")?.text } == [nil, "2025-01-01"])

        let first = try XMLTree.parse(Data(sitemap.render(1).utf8))
        let second = try XMLTree.parse(Data(sitemap.render(2).utf8))
        #expect(first.name == "urlset" && first.all("url").count == 50_000)
        #expect(urls(second).map(\.loc) == ["https://example.org/p/50000/"])
    }

    @Test func fiftyThousandURLsStayOneFile() throws {
        let entries = (0..<50_000).map { SitemapEntry(loc: "https://example.org/p/\($0)/", lastmod: nil) }
        let sitemap = Sitemap(entries: entries, baseURL: "https://example.org/")
        #expect(sitemap.paths == ["sitemap.xml"])
        #expect(try XMLTree.parse(Data(sitemap.render(0).utf8)).all("url").count == 50_000)
    }

    @Test func listsPublishedPagesWithLastmodAndNoDrafts() throws {
        let output = try #require(Self.output)
        let tree = try XMLTree.parse(Data(contentsOf: output.appendingPathComponent("sitemap.xml")))
        #expect(tree.name == "urlset")
        let entries = urls(tree)
        let base = SyntheticSite.baseURL
        let lastmod = Dictionary(entries.map { ($0.loc, $0.lastmod) }, uniquingKeysWith: { a, _ in a })
        #expect(lastmod[base + "briefs/tricky/"] == "2025-05-06", "a brief's lastmod is its updated date")
        #expect(lastmod[base + "briefs/older/"] == "2024-01-02", "or its publication date")
        #expect(lastmod[base] == "2025-05-06", "listings: the newest brief in them")
        #expect(lastmod[base + "topics/trade/"] == "2025-05-06")
        #expect(lastmod[base + "briefs/page/2/"] == "2025-05-06", "a later page shifts when an earlier one changes")
        #expect(lastmod[base + "people/ali/"] == "2025-05-06")
        #expect(!entries.contains { $0.loc.contains("secret-draft") }, "drafts never appear, even with --drafts")
        #expect(!entries.contains { $0.loc.contains("draft-only-topic") }, "nor pages listing only drafts")
        #expect(!entries.contains { $0.loc.hasSuffix("404.html") })
        #expect(Set(entries.map(\.loc)).count == entries.count)

        // Every page written, apart from drafts, 404 and draft-only listings (the draft is the
        // only 2026 brief), is in the sitemap.
        #expect(lastmod[base + "archive/2026/"] == nil)
        let pages = FixturePaths.files(under: output).filter { $0.hasSuffix("index.html") }
            .map { base + $0.dropLast("index.html".count) }
            .filter { !$0.contains("secret-draft") && !$0.contains("draft-only-topic") && !$0.hasSuffix("archive/2026/") }
        #expect(Set(pages) == Set(entries.map(\.loc)))
    }

    @Test func robotsNamesTheSitemap() throws {
        let output = try #require(Self.output)
        let robots = try SyntheticSite.read(output, "robots.txt")
        #expect(robots.contains("User-agent: *"))
        #expect(robots.split(separator: "\n").contains("Sitemap: \(SyntheticSite.baseURL)sitemap.xml"))
    }
}
