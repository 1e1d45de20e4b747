import Foundation
import Testing
@testable import SiteBuilder

/// Every Atom feed parses with XMLParser and carries RFC 4287's required elements; every JSON
/// Feed has JSON Feed 1.1's required fields; drafts never appear, even in a `--drafts` build.
@Suite struct FeedTests {
    /// Built with drafts, to show they stay out of feeds anyway.
    static let output: URL? = try? SyntheticSite.build(SyntheticSite.write(), drafts: true)

    func feeds(_ name: String) throws -> [String] {
        FixturePaths.files(under: try #require(Self.output)).filter { $0.hasSuffix(name) }
    }

    func atom(_ path: String) throws -> XMLTree {
        try XMLTree.parse(Data(contentsOf: try #require(Self.output).appendingPathComponent(path)))
    }

    static func isRFC3339(_ s: String) -> Bool { ISO8601DateFormatter().date(from: s) != nil }

    @Test func theExpectedFeedsExist() throws {
        let atom = try feeds("feed.xml")
        #expect(atom == ["centres/econ/feed.xml", "feed.xml", "topics/energie-eau/feed.xml", "topics/trade/feed.xml"])
        #expect(try feeds("feed.json") == atom.map { $0.replacingOccurrences(of: ".xml", with: ".json") })
    }

    @Test func everyAtomFeedHasTheRequiredElements() throws {
        let atomNS = "http://www.w3.org/2005/Atom"
        for path in try feeds("feed.xml") {
            let feed = try atom(path)
            #expect(feed.name == "feed" && feed.namespace == atomNS, "\(path)")
            for name in ["id", "title", "updated"] { #expect(feed.all(name).count == 1, "\(path): feed needs one \(name)") }
            #expect(Self.isRFC3339(feed.first("updated")?.text ?? ""))
            let links = feed.all("link")
            #expect(links.contains { $0.attributes["rel"] == "self" && $0.attributes["href"] == SyntheticSite.baseURL + path })
            #expect(links.contains { $0.attributes["rel"] == "alternate" })
            let feedHasAuthor = feed.first("author")?.first("name") != nil
            var ids: Set<String> = []
            var published: [String] = []
            for entry in feed.all("entry") {
                for name in ["id", "title", "updated"] { #expect(entry.all(name).count == 1, "\(path): entry needs one \(name)") }
                #expect(Self.isRFC3339(entry.first("updated")?.text ?? ""))
                let inserted = ids.insert(entry.first("id")?.text ?? "").inserted
                #expect(inserted, "entry ids are unique")
                #expect(feedHasAuthor || entry.first("author")?.first("name") != nil)
                #expect(entry.all("author").count >= 1, "each brief names its authors")
                #expect(entry.all("link").contains { $0.attributes["rel"] == "alternate" && $0.attributes["href"] != nil })
                #expect(entry.first("summary") != nil)
                #expect(entry.first("title")?.text != "Secret Draft", "drafts never appear in feeds")
                published.append(entry.first("published")?.text ?? "")
            }
            #expect(!published.isEmpty)
            #expect(published == published.sorted(by: >), "\(path): newest first")
        }
    }

    @Test func textFromFrontMatterSurvivesIntact() throws {
        let feed = try atom("feed.xml")
        let entry = try #require(feed.all("entry").first)
        #expect(entry.first("title")?.text == SyntheticSite.trickyTitleShown)
        #expect(entry.first("summary")?.text == SyntheticSite.trickySummaryShown)
        #expect(entry.all("author").map { $0.first("name")?.text } == ["Gabriel García Márquez", "José Álvarez-Núñez", "علی رضا"])
        #expect(entry.first("published")?.text == "2025-03-04T00:00:00Z")
        #expect(entry.first("updated")?.text == "2025-05-06T00:00:00Z", "updated honours the brief's `updated`")
        #expect(feed.first("updated")?.text == "2025-05-06T00:00:00Z", "the feed's updated is its newest entry's")
        #expect(feed.first("author")?.first("name")?.text == SyntheticSite.organisation)
        #expect(entry.all("category").map { $0.attributes["label"] } == ["Énergie & eau", "trade"])
        #expect(try atom("centres/econ/feed.xml").first("title")?.text == "Economy & <Trade> – Think & <Tank>")
    }

    @Test func everyJSONFeedHasTheRequiredFields() throws {
        let output = try #require(Self.output)
        for path in try feeds("feed.json") {
            let object = try JSONSerialization.jsonObject(with: Data(contentsOf: output.appendingPathComponent(path)))
            let feed = try #require(object as? [String: Any])
            #expect(feed["version"] as? String == "https://jsonfeed.org/version/1.1")
            #expect((feed["title"] as? String)?.isEmpty == false)
            #expect(feed["feed_url"] as? String == SyntheticSite.baseURL + path)
            let items = try #require(feed["items"] as? [[String: Any]])
            #expect(!items.isEmpty)
            for item in items {
                #expect(item["id"] is String)
                #expect(item["content_text"] is String || item["content_html"] is String)
                #expect(item["title"] as? String != "Secret Draft")
                let authors = item["authors"] as? [[String: Any]] ?? []
                #expect(!authors.isEmpty && authors.allSatisfy { $0["name"] is String })
            }
            let dates = items.compactMap { $0["date_published"] as? String }
            #expect(dates == dates.sorted(by: >))
        }
        let site = try JSONSerialization.jsonObject(with: Data(contentsOf: output.appendingPathComponent("feed.json"))) as? [String: Any]
        let first = try #require((site?["items"] as? [[String: Any]])?.first)
        #expect(first["title"] as? String == SyntheticSite.trickyTitleShown)
        #expect(first["date_modified"] as? String == "2025-05-06T00:00:00Z")
        #expect(first["tags"] as? [String] == ["Énergie & eau", "trade"])
    }

    @Test func pagesLinkTheirFeeds() throws {
        let output = try #require(Self.output)
        let base = "/think/"
        for file in FixturePaths.files(under: output) where file.hasSuffix(".html") {
            let alternates = HTMLHead(html: try SyntheticSite.read(output, file)).alternates
            #expect(alternates.prefix(2).map(\.href) == [base + "feed.xml", base + "feed.json"], "\(file)")
            #expect(alternates.prefix(2).map(\.type) == ["application/atom+xml", "application/feed+json"])
        }
        let centre = HTMLHead(html: try SyntheticSite.read(output, "centres/econ/index.html")).alternates.map(\.href)
        #expect(centre.contains(base + "centres/econ/feed.xml") && centre.contains(base + "centres/econ/feed.json"))
        let topic = HTMLHead(html: try SyntheticSite.read(output, "topics/trade/index.html")).alternates.map(\.href)
        #expect(topic.contains(base + "topics/trade/feed.xml"))
        let draftOnly = HTMLHead(html: try SyntheticSite.read(output, "topics/draft-only-topic/index.html")).alternates
        #expect(draftOnly.count == 2, "a topic with only drafts has no feed to link")
    }

    @Test func feedLimitCapsEntries() throws {
        let output = try SyntheticSite.build(SyntheticSite.write(extraSiteYAML: "feed_limit: 2"))
        let feed = try XMLTree.parse(Data(contentsOf: output.appendingPathComponent("feed.xml")))
        #expect(feed.all("entry").count == 2)
        let json = try JSONSerialization.jsonObject(with: Data(contentsOf: output.appendingPathComponent("feed.json"))) as? [String: Any]
        #expect((json?["items"] as? [Any])?.count == 2)
    }

    @Test func xmlEscapeKeepsDocumentsWellFormed() throws {
        #expect(XMLEscape.text(#"a & <b> "c" 'd'"#) == "a &amp; &lt;b&gt; &quot;c&quot; &apos;d&apos;")
        #expect(XMLEscape.text("bell\u{07}tab\tuni\u{FFFE}") == "belltab\tuni", "characters XML forbids are dropped")
        #expect(XMLEscape.text("Ødegård\u{FFFF} ¾ ξ\r\n東京") == "Ødegård ¾ ξ\r\n東京")
        #expect(XMLEscape.text("\u{1F}x") == "x")
        let doc = "<x a=\"\(XMLEscape.text("\"'<&>"))\">\(XMLEscape.text("</x>&\u{0}"))</x>"
        let tree = try XMLTree.parse(Data(doc.utf8))
        #expect(tree.attributes["a"] == "\"'<&>")
        #expect(tree.text == "</x>&")
    }
}
