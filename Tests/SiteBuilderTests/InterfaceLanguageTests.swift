import Foundation
import Testing
import SiteModel
@testable import SiteBuilder

/// A site in one language other than English (DESIGN §7): interface strings, dates, direction,
/// note labels and the PDF's page counter in that language; `i18n/<lang>.yaml` over them.
@Suite struct InterfaceLanguageTests {
    static let noted = TestSite.brief("editors: [ana]\ntopics: [Water]\n",
                                      body: "## One\n\nText.[^a] Again.[^a]\n\n[^a]: A note.\n\n![Chart](/x.svg \"Losses\")\n")

    func site(language: String, extra: [String: String] = [:]) throws -> TestSite {
        var files = ["content/briefs/a.md": Self.noted, "static/x.svg": "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"10\" height=\"10\"/>"]
        files.merge(extra) { _, new in new }
        let site = try TestSite(files: files)
        try site.write("site.yaml", "title: Test Institute\nbase_url: https://test.example.org/\nlanguage: \(language)\norganisation: { name: Test Institute }\n")
        return site
    }

    @Test func anUrduSiteSpeaksUrduRightToLeft() throws {
        let site = try site(language: "ur")
        let result = site.build()
        #expect(!result.diagnostics.contains { $0.severity == .error }, "\(result.diagnostics)")
        let page = try site.page("briefs/a/index.html")
        #expect(page.contains(#"<html lang="ur" dir="rtl">"#))
        #expect(page.contains("<dt>اشاعت</dt>"), "Published")
        #expect(page.contains("1 جنوری 2025"), "the date through the Urdu locale")
        #expect(page.contains(#"<p class="brief-editors">مدیر: <a href="/people/ana/">Ana Ruiz</a></p>"#))
        #expect(page.contains(#">حواشی</h2>"#), "the notes heading")
        #expect(page.contains(#"aria-label="حوالہ 1 پر واپس جائیں""#))
        #expect(page.contains(#"aria-label="حوالہ 1 پر واپس جائیں (2)""#), "a second use, numbered")
        #expect(page.contains(#"<span class="figure-label">شکل 1۔</span>"#))
        #expect(page.contains(#"data-go-to-note="حاشیہ {n} پر جائیں""#))
        #expect(!page.contains(">Published<") && !page.contains(">Notes<") && !page.contains("Skip to content"))
        let list = try site.page("briefs/index.html")
        #expect(list.contains(#"<span class="card-byline">از <a href="/people/ana/">Ana Ruiz</a></span>"#))
        #expect(try site.page("topics/water/index.html").contains("<h1>موضوع: Water</h1>"))
        #expect(try site.page("archive/2025/index.html").contains("<h1>2025 میں شائع شدہ</h1>"))
        #expect(try site.page("404.html").contains(#"<a href="/">سرورق پر جائیں</a>"#))
        let feed = try site.page("topics/water/feed.xml")
        #expect(feed.contains(#"<title type="text">موضوع: Water – Test Institute</title>"#))
    }

    @Test func theUrduPrintPageIsRightToLeftWithItsPageCounter() throws {
        let site = try site(language: "ur")
        let build = SiteBuild(options: BuildOptions(siteRoot: site.root, output: site.output, jobs: 2))
        let (prepared, diagnostics) = build.prepare()
        let ready = try #require(prepared, "\(diagnostics)")
        let html = build.printPlanner(ready).job(0).html
        #expect(html.contains(#"<html lang="ur" dir="rtl">"#))
        #expect(html.contains(#"@page { @bottom-center { content: "صفحہ " counter(page) " از " counter(pages); } }"#), "\(html.prefix(1500))")
        #expect(html.contains("<p class=\"dates\">اشاعت <time"))
    }

    @Test func anEnglishSiteKeepsItsWordsAndTheStylesheetCounter() throws {
        let site = try site(language: "en")
        let build = SiteBuild(options: BuildOptions(siteRoot: site.root, output: site.output, jobs: 2))
        let (prepared, _) = build.prepare()
        let html = build.printPlanner(try #require(prepared)).job(0).html
        #expect(html.contains(#"<html lang="en">"#))
        #expect(!html.contains("counter(page)"), "print.css has the English counter")
    }

    @Test func aSiteFileOverridesBuiltInStrings() throws {
        let site = try site(language: "en", extra: ["i18n/en.yaml": "notes: Endnotes\npublished: First published\n"])
        let result = site.build()
        #expect(result.diagnostics.isEmpty, "\(result.diagnostics)")
        let page = try site.page("briefs/a/index.html")
        #expect(page.contains(#">Endnotes</h2>"#))
        #expect(page.contains("<dt>First published</dt>"))
        #expect(page.contains("<h2 id=\"toc-heading\">Contents</h2>") || page.contains("<dt>Reading time</dt>"), "untouched keys keep English")
    }

    @Test func aLanguageWithoutATableWarnsForEachMissingKey() throws {
        let site = try site(language: "sw", extra: ["i18n/sw.yaml": "notes: Maelezo\n", "i18n/fr.yaml": "notes: Notes\n"])
        let result = site.build()
        let missing = result.diagnostics.filter { $0.code == "missing-translation" }
        #expect(missing.count == InterfaceStrings.keys.count - 1)
        #expect(missing.allSatisfy { $0.location.file == "i18n/sw.yaml" && $0.severity == .warning })
        #expect(result.diagnostics.contains { $0.code == "undeclared-language" && $0.location.file == "i18n/fr.yaml" })
        let page = try site.page("briefs/a/index.html")
        #expect(page.contains(#"<html lang="sw">"#))
        #expect(page.contains(#">Maelezo</h2>"#))
        #expect(page.contains("<dt>Published</dt>"), "English where the file has nothing")
    }

    @Test func anArabicPageCounterEscapesQuotes() {
        #expect(PageModels.counterCSS("Page {page} of {pages}") == #""Page " counter(page) " of " counter(pages)"#)
        #expect(PageModels.counterCSS("\"{page}\"/{pages}") == #""\"" counter(page) "\"/" counter(pages)"#)
        #expect(PageModels.counterCSS("{page}</style>") == #"counter(page) "\3c /style\3e ""#)
    }
}
