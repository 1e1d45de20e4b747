import Foundation
import Testing
import SiteModel
@testable import SiteBuilder

/// Briefs, people and pages in the site's other languages (DESIGN §7): `<slug>.<lang>.md` beside
/// the original, its pages under `/<lang>/`, each page linking its versions.
@Suite struct TranslationTests {
    static let config = """
        title: Test Institute
        base_url: https://test.example.org/
        language: en
        languages:
          ur: { name: "اردو", title: "ٹیسٹ انسٹی ٹیوٹ", nav: [{ title: "بریف", url: /briefs/ }, { title: "تعارف", url: /about/ }] }
        organisation: { name: Test Institute }
        nav:
          - { title: Briefs, url: /briefs/ }
          - { title: About, url: /about/ }

        """

    func site(_ files: [String: String]) throws -> TestSite {
        var all = [
            "content/briefs/a.md": TestSite.brief("editors: [ana]\ntopics: [Water]\nsubtitle: English subtitle\n", body: "Text.[^a]\n\n[^a]: A note.\n"),
            "content/briefs/b.md": TestSite.brief("topics: [Energy]\n", title: "Only in English"),
            "content/pages/about.md": "---\ntitle: About\n---\nAbout us.\n",
        ]
        all.merge(files) { _, new in new }
        let site = try TestSite(files: all)
        try site.write("site.yaml", Self.config)
        return site
    }

    @Test func aTranslatedBriefHasItsPageUnderTheLanguageFolder() throws {
        let site = try site([
            "content/briefs/a.ur.md": "---\ntitle: ایک بریف\n---\nمتن۔[^a] دیکھیے [دوسرا](/briefs/b/)۔\n\n[^a]: ایک حاشیہ۔\n",
            "content/people/ana.ur.md": "---\nname: آنا روئز\n---\n",
        ])
        let result = site.build()
        #expect(!result.diagnostics.contains { $0.severity == .error }, "\(result.diagnostics)")
        let urdu = try site.page("ur/briefs/a/index.html")
        #expect(urdu.contains(#"<html lang="ur" dir="rtl">"#))
        #expect(urdu.contains(#"<h1 class="brief-title" data-pagefind-weight="10">ایک بریف</h1>"#))
        #expect(urdu.contains("English subtitle"), "what the translation does not set is the original's")
        #expect(urdu.contains(#"<a class="author-card-name" href="/ur/people/ana/">آنا روئز</a>"#), "the person's translated name")
        #expect(urdu.contains(#"<link rel="stylesheet" href="/css/site.css">"#), "static files stay at the root")
        #expect(urdu.contains(#"<link rel="canonical" href="https://test.example.org/ur/briefs/a/">"#))
        #expect(urdu.contains(#"<link rel="alternate" hreflang="en" href="https://test.example.org/briefs/a/">"#))
        #expect(urdu.contains(#"<link rel="alternate" hreflang="x-default" href="https://test.example.org/briefs/a/">"#))
        #expect(urdu.contains(#"<a href="/briefs/a/" lang="en" dir="ltr" hreflang="en">English</a>"#))
        #expect(urdu.contains(#"hreflang="ur" aria-current="true">اردو</a>"#))
        #expect(urdu.contains(#"<li><a href="/ur/briefs/" aria-current="page">بریف</a></li>"#), "the language's own menu")
        #expect(urdu.contains(#"<li><a href="/about/">تعارف</a></li>"#), "a page not translated is the default's")
        #expect(urdu.contains(#"<h2 id="a-footnotes-label">حواشی</h2>"#))
        #expect(urdu.contains("<title>ایک بریف – ٹیسٹ انسٹی ٹیوٹ</title>"))
        let english = try site.page("briefs/a/index.html")
        #expect(english.contains(#"<link rel="alternate" hreflang="ur" href="https://test.example.org/ur/briefs/a/">"#))
        #expect(english.contains(#"<a href="/ur/briefs/a/" lang="ur" dir="rtl" hreflang="ur">اردو</a>"#))
        #expect(english.contains(#">Ana Ruiz</a>"#))
        // A brief not translated has no switcher and no alternates.
        let only = try site.page("briefs/b/index.html")
        #expect(!only.contains("hreflang") && !only.contains("language-switcher"))
        #expect(!FileManager.default.fileExists(atPath: site.output.appendingPathComponent("ur/briefs/b").path))
        // Listings and feeds are per language.
        let list = try site.page("ur/briefs/index.html")
        #expect(list.contains("ایک بریف") && !list.contains("Only in English"))
        #expect(try !site.page("briefs/index.html").contains("ایک بریف"))
        let feed = try site.page("ur/feed.xml")
        #expect(feed.contains(#"xml:lang="ur""#) && feed.contains("https://test.example.org/ur/briefs/a/"))
        #expect(try site.page("ur/briefs/a/cite.bib").contains("ایک بریف"))
        // One sitemap, with the versions of each page.
        let sitemap = try site.page("sitemap.xml")
        #expect(sitemap.contains(#"<loc>https://test.example.org/ur/briefs/a/</loc><lastmod>2025-01-01</lastmod><xhtml:link rel="alternate" hreflang="en" href="https://test.example.org/briefs/a/"/>"#))
        #expect(!FileManager.default.fileExists(atPath: site.output.appendingPathComponent("ur/sitemap.xml").path))
    }

    @Test func aBriefInOneOtherLanguageOnly() throws {
        let site = try site(["content/briefs/c.ur.md": TestSite.brief(title: "صرف اردو میں")])
        let result = site.build()
        #expect(!result.diagnostics.contains { $0.severity == .error }, "\(result.diagnostics)")
        #expect(try site.page("ur/briefs/c/index.html").contains("صرف اردو میں"))
        #expect(!FileManager.default.fileExists(atPath: site.output.appendingPathComponent("briefs/c").path))
    }

    @Test func aBundleTranslationSharesTheBundleFiles() throws {
        let site = try site([
            "content/briefs/d/index.md": TestSite.brief(body: "![Chart](chart.svg \"Losses\")\n", title: "Bundle"),
            "content/briefs/d/chart.svg": "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"10\" height=\"10\"/>",
            "content/briefs/d/index.ur.md": "---\ntitle: بنڈل\n---\n![خاکہ](chart.svg \"نقصانات\")\n",
        ])
        let result = site.build()
        #expect(!result.diagnostics.contains { $0.severity == .error }, "\(result.diagnostics)")
        let page = try site.page("ur/briefs/d/index.html")
        #expect(page.contains(#"<span class="figure-label">شکل 1۔</span> نقصانات"#))
        #expect(FileManager.default.fileExists(atPath: site.output.appendingPathComponent("ur/briefs/d/chart.svg").path),
                "a link relative to the page finds the file")
    }

    @Test func aTermInAnotherScriptHasAReadableAddress() throws {
        let site = try site(["content/briefs/a.ur.md": "---\ntitle: ایک\ntopics: [پانی]\n---\nمتن۔\n"])
        let result = site.build()
        #expect(!result.diagnostics.contains { $0.severity == .error }, "\(result.diagnostics)")
        let page = try site.page("ur/topics/پانی/index.html")
        #expect(page.contains("<h1>موضوع: پانی</h1>"))
        #expect(page.contains(#"<link rel="canonical" href="https://test.example.org/ur/topics/%D9%BE%D8%A7%D9%86%DB%8C/">"#))
        #expect(try site.page("ur/briefs/a/index.html").contains(#"<a href="/ur/topics/%D9%BE%D8%A7%D9%86%DB%8C/">پانی</a>"#))
        #expect(try site.page("sitemap.xml").contains("<loc>https://test.example.org/ur/topics/%D9%BE%D8%A7%D9%86%DB%8C/</loc>"))
    }

    @Test func translationMistakesAreErrorsAtTheirFile() throws {
        let site = try site([
            "content/briefs/a.fr.md": "---\ntitle: Un\n---\nTexte.\n",
            "content/briefs/a.en.md": "---\ntitle: One\n---\nText.\n",
            "content/people/nobody.ur.md": "---\nname: کوئی\n---\n",
            "content/briefs/b.ur.md": "---\ntitle: دو\nslug: other\ntype: report\n---\nمتن۔\n",
        ])
        let result = site.build()
        let found = Set(result.diagnostics.map { "\($0.location.file):\($0.location.line):\($0.code)" })
        #expect(found.isSuperset(of: [
            "content/briefs/a.fr.md:1:undeclared-language",
            "content/briefs/a.en.md:1:undeclared-language",
            "content/people/nobody.ur.md:1:translation-without-original",
            "content/briefs/b.ur.md:3:translation-mismatch",
            "content/briefs/b.ur.md:4:translation-mismatch",
        ]), "\(result.diagnostics)")
        #expect(!result.wrote)
    }

    @Test func aRelativeLinkToAnUntranslatedBriefIsBroken() throws {
        let site = try site(["content/briefs/a.ur.md": "---\ntitle: ایک\n---\n[دو](../b/) اور [جڑ](/briefs/b/)\n"])
        let result = site.build()
        // `../b/` from /ur/briefs/a/ is /ur/briefs/b/, which does not exist; `/briefs/b/` does.
        #expect(result.diagnostics.contains { $0.code == "broken-link" && $0.location.file == "content/briefs/a.ur.md" && $0.location.column == 1 },
                "\(result.diagnostics)")
        #expect(!result.diagnostics.contains { $0.code == "broken-link" && $0.location.column > 10 })
    }
}
