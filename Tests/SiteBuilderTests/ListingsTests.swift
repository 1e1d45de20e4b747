import Foundation
import Testing
@testable import SiteBuilder

/// Listings: numbered pages with rel=prev/next, counts on term, year and centre pages, and
/// person pages that keep briefs written apart from briefs edited.
@Suite struct ListingsTests {
    /// Four published briefs, two per page.
    static let output: URL? = try? SyntheticSite.build(SyntheticSite.write())

    func page(_ path: String) throws -> String { try SyntheticSite.read(try #require(Self.output), path) }

    @Test func paginationLinksPrevNextAndNumbers() throws {
        let first = try page("briefs/index.html")
        #expect(first.contains(#"<link rel="next" href="/think/briefs/page/2/">"#))
        #expect(!first.contains(#"rel="prev""#))
        #expect(first.contains(#"<a href="/think/briefs/page/2/" rel="next">"#))
        #expect(first.contains(#"<a href="/think/briefs/" aria-current="page"><span class="visually-hidden">Page </span>1</a>"#))
        let second = try page("briefs/page/2/index.html")
        #expect(second.contains(#"<link rel="prev" href="/think/briefs/">"#))
        #expect(second.contains(#"<a href="/think/briefs/" rel="prev">"#))
        #expect(!second.contains(#"rel="next""#))
        #expect(second.contains(#"<a href="/think/briefs/page/2/" aria-current="page"><span class="visually-hidden">Page </span>2</a>"#))
        #expect(second.contains("Briefs: 4"))
        #expect(second.contains("<title>All briefs (page 2 of 2) – Think &amp; &lt;Tank&gt;</title>"))
    }

    /// Up to nine pages are all linked; beyond, the first, the last and two either side of the
    /// current page, with a gap for each run left out (a one-page run is shown instead).
    @Test func longListsLinkAWindowOfPages() {
        #expect(PageModels.pageWindow(current: 1, total: 9) == Array(1...9))
        #expect(PageModels.pageWindow(current: 1, total: 500) == [1, 2, 3, nil, 500])
        #expect(PageModels.pageWindow(current: 7, total: 500) == [1, nil, 5, 6, 7, 8, 9, nil, 500])
        #expect(PageModels.pageWindow(current: 4, total: 500) == [1, 2, 3, 4, 5, 6, nil, 500])
        #expect(PageModels.pageWindow(current: 5, total: 12) == [1, 2, 3, 4, 5, 6, 7, nil, 12])
        #expect(PageModels.pageWindow(current: 500, total: 500) == [1, nil, 498, 499, 500])
        #expect(PageModels.pageWindow(current: 8, total: 10) == [1, nil, 6, 7, 8, 9, 10])
    }

    @Test func aLongListShowsGapsNotEveryPage() throws {
        // With the synthetic site's four, 32 briefs: 16 pages of two.
        let briefs = (1...28).map { i in
            ("b\(i)", "---\ntitle: Brief \(i)\ndate: 2024-01-\(String(format: "%02d", i))\nauthors: [jose]\n---\nText.\n")
        }
        let root = try SyntheticSite.write(briefs: Dictionary(uniqueKeysWithValues: briefs))
        let output = try SyntheticSite.build(root)
        let sixth = try SyntheticSite.read(output, "briefs/page/6/index.html")
        let numbers = HTMLHead.matches(#"<span class="visually-hidden">Page </span>(\d+)</a>"#, in: sixth)
        #expect(numbers == ["1", "4", "5", "6", "7", "8", "16"])
        #expect(sixth.components(separatedBy: #"<li class="pagination-gap" aria-hidden="true">…</li>"#).count == 3)
    }

    @Test func countsOnTermYearAndCentrePages() throws {
        #expect(try page("topics/index.html").contains(#"<a href="/think/topics/trade/">trade</a> <span class="term-count"><span class="visually-hidden">Briefs: </span>3</span>"#))
        #expect(try page("archive/index.html").contains(#"<a href="/think/archive/2024/">2024</a> <span class="term-count"><span class="visually-hidden">Briefs: </span>2</span>"#))
        #expect(try page("archive/2024/index.html").contains("Briefs: 2"))
        #expect(try page("centres/econ/index.html").contains(#"<p class="listing-count">Briefs: 2</p>"#))
        #expect(try page("centres/index.html").contains("Briefs: 2"))
    }

    @Test func personPagesSeparateWrittenFromEdited() throws {
        let editor = try page("people/edith/index.html")
        #expect(editor.contains(#"<section class="person-edited">"#))
        #expect(!editor.contains(#"<section class="person-briefs">"#))
        let author = try page("people/ali/index.html")
        #expect(author.contains(#"<section class="person-briefs">"#))
        #expect(!author.contains(#"<section class="person-edited">"#))
    }

    @Test func readingTimeOnBriefs() throws {
        #expect(try page("briefs/tricky/index.html").contains("<div><dt>Reading time</dt><dd>1 min</dd></div>"))
    }
}
