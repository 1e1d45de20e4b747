import Testing
import SiteModel
@testable import MarkdownRender

@Suite struct MarkdownPassTests {
    func render(_ md: String, raw: Bool = false) -> RenderedMarkdown {
        MarkdownRenderer(options: MarkdownOptions(allowRawHTML: raw))
            .render(md, file: "f.md", idPrefix: "p", reservedIDs: ["main"])
    }

    @Test func headingsGetUniqueIds() {
        let out = render("## Why it *matters*\n\n## Why it matters\n\n### Main\n")
        #expect(out.headings.map(\.id) == ["why-it-matters", "why-it-matters-2", "main-2"])
        #expect(out.headings[0].text == "Why it matters")
        #expect(out.html.contains("<h2 id=\"why-it-matters\">Why it <em>matters</em></h2>"))
    }

    @Test func levelOneHeadingIsDemotedWithAWarning() {
        let out = render("# Title again\n")
        #expect(out.html.contains("<h2 id=\"title-again\">"))
        #expect(out.diagnostics.map(\.code) == ["heading-level"])
    }

    @Test func rawHTMLIsDroppedWithAWarningAtItsLine() {
        let out = render("Para\n\n<div>x</div>\n\nText <span>y</span>\n<!-- note -->\n")
        #expect(!out.html.contains("<div>"))
        #expect(!out.html.contains("<span>"))
        #expect(out.diagnostics.map(\.code) == ["raw-html", "raw-html"])
        #expect(out.diagnostics.map(\.location.line) == [3, 5])
    }

    @Test func rawHTMLPassesWhenAllowed() {
        let out = render("<div>x</div>\n", raw: true)
        #expect(out.html.contains("<div>x</div>"))
        #expect(out.diagnostics.isEmpty)
    }

    @Test func gfmExtensionsAndSmartPunctuation() {
        let out = render("| a | b |\n|:-:|---|\n| 1 | 2 |\n\n~~old~~ \"quoted\" -- www.example.org\n")
        #expect(out.html.contains("<table>"))
        #expect(out.html.contains("style=\"text-align: center\""))
        #expect(out.html.contains("<del>old</del>"))
        #expect(out.html.contains("“quoted”"))
        #expect(out.html.contains("<a href=\"http://www.example.org\">"))
    }

    @Test func linksAndImagesAreCollected() {
        let out = render("See [brief](/briefs/a/).\n\n![A chart](chart.png)\n")
        #expect(out.links.count == 2)
        #expect(out.links[0].destination == "/briefs/a/")
        #expect(out.links[1].isImage)
        #expect(out.links[1].text == "A chart")
        #expect(out.links[1].line == 3)
    }

    @Test func wordsAreCounted() {
        #expect(render("One two three.\n\nFour *five*.").wordCount == 5)
        // Punctuation alone is no word; digits and non-Latin letters are; tabs separate.
        #expect(render("A - b ; c.\n\n2025 ? «x»\tچین `code here` !").wordCount == 8)
        #expect(render("- ; ?").wordCount == 0)
    }

    @Test func hostileInputDoesNotCrash() {
        let nested = String(repeating: "- a\n  ", count: 2000)
        _ = render(nested)
        _ = render("[^\n[^]: x\n[^a]:\n")
        _ = render("# [^a]\n\n[^a]: ## heading in note\n")
    }
}

@Suite struct ConcurrencyTests {
    /// cmark-gfm's special-character table is global; parallel renders must still autolink.
    @Test func parallelRendersAreIdenticalToSerialOnes() {
        let source = "Visit https://example.org/a and www.example.org, ~~old~~ text.\n\n| a | b |\n|---|---|\n| https://x.org | ~~y~~ |\n"
        let renderer = MarkdownRenderer()
        let expected = renderer.render(source, file: "f.md", idPrefix: "p").html
        #expect(expected.contains("<a href=\"https://example.org/a\">"))
        let outputs = Array(repeating: source, count: 400).concurrentMap(jobs: 8) {
            renderer.render($0, file: "f.md", idPrefix: "p").html
        }
        #expect(outputs.allSatisfy { $0 == expected })
    }
}

/// Which link schemes are removed: browsers skip whitespace and control characters and ignore case.
@Suite struct LinkSafetyTests {
    @Test func scriptAndFileSchemesAreDangerous() {
        for url in ["javascript:alert(1)", "  JaVa\tScRiPt:alert(1)", "java\nscript:x", "VBScript:x",
                    "file:///etc/passwd", "data:text/html,<script>", "DATA:application/x"] {
            #expect(LinkSafety.isDangerous(url), "\(url)")
        }
    }

    @Test func webLinksAndImagesAreNot() {
        for url in ["https://example.org/javascript:", "/briefs/x/", "#fn-1", "mailto:a@b.org",
                    "data:image/png;base64,AAAA", "Data:Image/WebP;base64,AA", "", "é:javascript:"] {
            #expect(!LinkSafety.isDangerous(url), "\(url)")
        }
    }
}
