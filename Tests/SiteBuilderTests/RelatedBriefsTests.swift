import ContentLoader
import Foundation
import Testing
@testable import SiteBuilder

/// Related briefs: shared topics score 2 each, the same centre 1; ties go to the newer brief,
/// then the slug; at most three, rendered on the brief page.
@Suite struct RelatedBriefsTests {
    func relatedSlugs(_ output: URL, _ slug: String) throws -> [String] {
        let html = try SyntheticSite.read(output, "briefs/\(slug)/index.html")
        guard let start = html.range(of: "<aside class=\"related\"") else { return [] }
        let section = String(html[start.lowerBound...].prefix { _ in true }.split(separator: "</aside>").first ?? "")
        return HTMLHead.matches(#"<h3 class="card-title"><a href="/think/briefs/([a-z0-9-]+)/">"#, in: section)
    }

    @Test func rankedBySharedTopicsThenCentre() throws {
        let output = try SyntheticSite.build(SyntheticSite.write())
        // middle shares two topics (4); older shares one topic and the centre (3); lonely shares nothing.
        #expect(try relatedSlugs(output, "tricky") == ["middle", "older"])
        #expect(try relatedSlugs(output, "lonely") == [])
        #expect(!(try SyntheticSite.read(output, "briefs/lonely/index.html")).contains("Related briefs"))
    }

    @Test func atMostThreeTiesByDateThenSlug() throws {
        let brief = { (title: String, date: String) in
            "---\ntitle: \(title)\ndate: \(date)\nauthors: [jose]\ntopics: [trade]\n---\nText.\n"
        }
        let root = try SyntheticSite.write(briefs: [
            "t-a": brief("T A", "2024-06-01"), "t-b": brief("T B", "2024-06-01"), "t-c": brief("T C", "2024-07-01"),
        ])
        let output = try SyntheticSite.build(root)
        // For `older` (trade, econ): tricky scores 3; middle, t-a, t-b and t-c score 2.
        // t-c is the newest of those; middle, t-a and t-b share a date, so the slug decides.
        #expect(try relatedSlugs(output, "older") == ["tricky", "t-c", "middle"])
        let again = try SyntheticSite.build(root)
        #expect(try SyntheticSite.read(output, "briefs/older/index.html") == SyntheticSite.read(again, "briefs/older/index.html"))
    }

    /// Scored in parallel slices of at least 256 briefs: more briefs than one slice, several
    /// topics and centres, and the same answer as one slice over all of them.
    @Test func theSameWhateverTheNumberOfJobs() throws {
        var briefs: [String: String] = [:]
        let topics = ["trade", "energy", "water", "health", "tax"]
        for n in 0..<700 {
            let mine = [topics[n % 5], topics[(n / 5) % 5]]
            let day = String(format: "%02d", 1 + n % 28)
            briefs[String(format: "b-%03d", n)] = "---\ntitle: Brief \(n)\ndate: 2024-03-\(day)\nauthors: [jose]\n"
                + "topics: [\(mine.joined(separator: ", "))]\n---\nText.\n"
        }
        let root = try SyntheticSite.write(briefs: briefs)
        let loaded = try #require(SiteLoader(root: root, jobs: 2).load().site)
        let probe = ContentFolderProbe(folder: SiteFolder(root: root), themeStatic: nil)
        let site = SiteResolver(site: loaded, publication: Publication(includeDrafts: false), folder: probe).resolve().0
        #expect(site.briefs.count > 700)
        let one = RelatedBriefs.compute(site, jobs: 1, slice: Int.max)
        #expect(one.count == site.briefs.count)
        #expect(one.filter { $0.count == 3 }.count >= 700, "each generated brief has three related")
        #expect(RelatedBriefs.compute(site, jobs: 4) == one)
        #expect(RelatedBriefs.compute(site, jobs: 2, slice: 100) == one)
    }
}

/// The bit-set search against scoring every other brief, on random sites: sparse and dense
/// topics, briefs without a centre or topics, more than one word of briefs, and ties.
@Suite struct RelatedBriefsSearchTests {
    @Test func findsWhatScoringEveryBriefFinds() {
        var seed: UInt64 = 0x9E3779B97F4A7C15
        func random(_ n: Int) -> Int {
            seed = seed &* 6364136223846793005 &+ 1442695040888963407
            return Int((seed >> 33) % UInt64(n))
        }
        for (count, topicCount, centreCount) in [(1, 1, 1), (70, 3, 2), (300, 12, 4), (1000, 40, 8)] {
            let topicsOf = (0..<count).map { _ in Set((0..<random(5)).map { _ in random(topicCount) }) }
            let centreOf: [Int?] = (0..<count).map { _ in random(5) == 0 ? nil : random(centreCount) }
            let topicSets = (0..<topicCount).map { t in BriefBitSet(topicsOf.indices.filter { topicsOf[$0].contains(t) }, count: count) }
            let centreSets = (0..<centreCount).map { c in BriefBitSet(centreOf.indices.filter { centreOf[$0] == c }, count: count) }
            var planes: [UInt64] = []
            for limit in [1, 3, 7] {
                for i in 0..<count {
                    let scored = (0..<count).filter { $0 != i }.map { j -> (Int, Int) in
                        let centre = centreOf[i] != nil && centreOf[i] == centreOf[j] ? 1 : 0
                        return (j, 2 * topicsOf[i].intersection(topicsOf[j]).count + centre)
                    }.filter { $0.1 > 0 }.sorted { ($0.1, -$0.0) > ($1.1, -$1.0) }
                    let expected = scored.prefix(limit).map(\.0)
                    let found = RelatedBriefs.related(to: i, topics: topicsOf[i].sorted().map { topicSets[$0] },
                                                      centre: centreOf[i].map { centreSets[$0] }, limit: limit, planes: &planes)
                    #expect(found == expected, "brief \(i) of \(count), limit \(limit)")
                }
            }
        }
    }
}

/// Mustache looks a name missing from a card up in the page around it: optional card and
/// person-link fields must be present-but-empty, or the page's own values show in its cards.
@Suite struct CardContextTests {
    @Test func aCardNeverBorrowsThePagesSubtitleNumberSummaryOrCentre() throws {
        let site = try TestSite(files: [
            "content/briefs/full.md": TestSite.brief(
                "subtitle: The Page's Own Subtitle\nnumber: PB-1\nsummary: The page's own summary.\ncentre: water\ntopics: [rivers]\n",
                title: "Full Brief"),
            "content/briefs/bare.md": TestSite.brief("topics: [rivers]\n", title: "Bare Brief"),
        ])
        let result = site.build()
        #expect(!result.hasErrors, "\(result.diagnostics)")
        let page = try site.page("briefs/full/index.html")
        let related = try #require(page.range(of: "<aside class=\"related\"")).lowerBound
        let card = String(page[related...])
        #expect(card.contains("Bare Brief"))
        for own in ["The Page\u{2019}s Own Subtitle", "PB-1", "The page\u{2019}s own summary."] {
            #expect(page[..<related].contains(own), "\(own) is on the page")
            #expect(!card.contains(own), "\(own) leaked into the related card")
        }
    }

    @Test func aCoAuthorNeverBorrowsThePersonPagesRole() throws {
        let site = try TestSite(files: [
            "content/people/bo.md": "---\nname: Bo Chen\n---\nBio.\n",
            // Inside `person` the page's person (a Fellow) is on the context stack under each card.
            "templates/person.mustache": "{{#person}}{{#briefs}}{{#authors}}[{{name}}:{{role}}]{{/authors}}{{/briefs}}{{/person}}\n",
            "content/briefs/joint.md": "---\ntitle: Joint\ndate: 2025-01-01\nauthors: [ana, bo]\n---\nText.\n",
        ])
        let result = site.build()
        #expect(!result.hasErrors, "\(result.diagnostics)")
        #expect(try site.page("people/ana/index.html") == "[Ana Ruiz:Fellow][Bo Chen:]\n")
    }
}

/// Cards are rendered once per brief and reused by every list (`card_html`).
@Suite struct CardHTMLTests {
    @Test func listsShowTheSitesOwnCardPartialWithSite() throws {
        let site = try TestSite(files: [
            "templates/partials/brief-card.mustache": "<div class=\"mine\">{{title}} / {{site.title}} / {{summary}}</div>",
            "content/briefs/one.md": TestSite.brief("summary: First & only.\ntopics: [rivers]\n", title: "One"),
        ])
        let result = site.build()
        #expect(!result.hasErrors, "\(result.diagnostics)")
        let card = "<li><div class=\"mine\">One / Test Institute / First &amp; only.</div></li>"
        #expect(try site.page("briefs/index.html").contains(card))
        #expect(try site.page("topics/rivers/index.html").contains(card))
    }

    /// A card is flagged once when it is made; the site model it is rendered with still gets its
    /// list flags (`site.has_nav`).
    @Test func theCardPartialSeesTheSitesListFlags() throws {
        let site = try TestSite(files: [
            "site.yaml": "title: Test Institute\nbase_url: https://test.example.org/\norganisation: { name: Test Institute }\n"
                + "nav: [{ title: Briefs, url: /briefs/ }]\n",
            "templates/partials/brief-card.mustache": "<div class=\"mine\">{{#site.has_nav}}[nav]{{/site.has_nav}}{{title}}</div>",
            "content/briefs/one.md": TestSite.brief("topics: [rivers]\n", title: "One"),
        ])
        let result = site.build()
        #expect(!result.hasErrors, "\(result.diagnostics)")
        #expect(try site.page("briefs/index.html").contains("<div class=\"mine\">[nav]One</div>"))
    }
}
