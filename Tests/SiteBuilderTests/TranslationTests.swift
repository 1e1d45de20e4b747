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

    @Test func aTranslationIsNeverPublishedBeforeItsOriginal() throws {
        let site = try site([
            "content/briefs/d.md": TestSite.brief("draft: true\n", title: "Draft"),
            "content/briefs/d.ur.md": "---\ntitle: مسودہ\ndraft: false\n---\nمتن۔\n",
        ])
        let result = site.build()
        #expect(!result.diagnostics.contains { $0.severity == .error }, "\(result.diagnostics)")
        #expect(!FileManager.default.fileExists(atPath: site.output.appendingPathComponent("ur/briefs/d").path))
        #expect(try !site.page("ur/feed.xml").contains("مسودہ"))
    }

    @Test func linksBetweenLanguagesAreFound() throws {
        let site = try site([
            "content/briefs/a.ur.md": "---\ntitle: ایک\n---\n[انگریزی](/briefs/b/)[^n]\n\n[^n]: حاشیہ۔\n",
            "content/briefs/b.md": TestSite.brief(body: "[In Urdu](/ur/briefs/a/) and [missing](/ur/briefs/b/)\n\n"
                                                     + "[A note](/ur/briefs/a/#a-fn-1), [no such](/ur/briefs/a/#nope)\n", title: "B"),
        ])
        let result = site.build()
        let broken = result.diagnostics.filter { $0.code == "broken-link" }
        #expect(broken.count == 1 && broken.first?.location.file == "content/briefs/b.md" && broken.first!.location.column > 20,
                "\(result.diagnostics)")
        let anchors = result.diagnostics.filter { $0.code == "broken-anchor" }
        #expect(anchors.count == 1 && anchors.first!.location.column > 20, "another language's anchors are known: \(result.diagnostics)")
    }

    @Test func nothingElseMayTakeALanguagesFolder() throws {
        let site = try site([
            "content/pages/ur.md": "---\ntitle: Urdu\n---\nText.\n",
            "static/ur/logo.svg": "<svg xmlns=\"http://www.w3.org/2000/svg\"/>",
            "content/briefs/c.ur.md": TestSite.brief("slug: a\n", title: "دوسرا"),
            "content/briefs/a.ur.md": "---\ntitle: ایک\naliases: [/old/]\n---\nمتن۔\n",
        ])
        let result = site.build()
        let found = Set(result.diagnostics.map { "\($0.location.file):\($0.code)" })
        #expect(found.isSuperset(of: [
            "content/pages/ur.md:reserved-slug",
            "static/ur/logo.svg:reserved-slug",
            "content/briefs/c.ur.md:duplicate-slug",
            "content/briefs/a.ur.md:translation-aliases",
        ]), "\(result.diagnostics)")
    }

    @Test func aTranslationFollowsItsOriginalsFileNotItsSlug() throws {
        let site = try site([
            "content/briefs/e.md": TestSite.brief("slug: energy\n", title: "Energy"),
            "content/briefs/e.ur.md": "---\ntitle: توانائی\n---\nمتن۔\n",
        ])
        let result = site.build()
        #expect(!result.diagnostics.contains { $0.severity == .error }, "\(result.diagnostics)")
        #expect(try site.page("ur/briefs/energy/index.html").contains("توانائی"))
    }

    @Test func aSitesWordsAreEscapedBetweenLinkedNames() throws {
        let site = try site([
            "content/briefs/b.md": TestSite.brief("authors: [ana, ben]\n", title: "B").replacingOccurrences(of: "authors: [ana]\n", with: ""),
            "content/people/ben.md": "---\nname: Ben\n---\n",
            "i18n/en.yaml": "and: \" <b>and</b> \"\n",
        ])
        let result = site.build()
        #expect(!result.diagnostics.contains { $0.severity == .error }, "\(result.diagnostics)")
        let page = try site.page("briefs/index.html")
        #expect(page.contains("</a> &lt;b&gt;and&lt;/b&gt; <a href"), "\(page)")
        #expect(!page.contains("<b>and</b>"))
    }
}
