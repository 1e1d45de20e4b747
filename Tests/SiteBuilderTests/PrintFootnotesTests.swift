import Testing
import MarkdownRender
@testable import SiteBuilder

/// Endnotes become footnotes in the print page (DESIGN §5): the note inline at its first
/// reference, only its number at later ones.
@Suite struct PrintFootnotesTests {
    let renderer = MarkdownRenderer()

    @Test func firstReferenceCarriesTheNoteLaterOnesOnlyItsNumber() {
        let out = renderer.render("One.[^a] Two.[^b] Again.[^a]\n\n[^a]: Note *A*.\n[^b]: Note B, <https://example.org/>.\n",
                                  file: "x.md", idPrefix: "x")
        let html = PrintFootnotes.inline(out)
        #expect(html.contains("One.\u{2060}<span class=\"footnote\" id=\"x-fn-1\" style=\"counter-set: footnote 0\">Note <em>A</em>.</span>"))
        #expect(html.contains("Two.\u{2060}<span class=\"footnote\" id=\"x-fn-2\" style=\"counter-set: footnote 1\">Note B, <a href=\"https://example.org/\">https://example.org/</a>.</span>"))
        #expect(html.contains("Again.\u{2060}<sup class=\"footnote-again\"><a href=\"#x-fn-1\">1</a></sup>"))
        #expect(!html.contains("footnote-ref"))
        #expect(html.components(separatedBy: "Note <em>A</em>").count == 2, "the note is printed once")
    }

    @Test func blocksInsideANoteBecomeSpansSoTheParagraphStaysWhole() {
        let out = renderer.render("Text.[^1]\n\n[^1]: First paragraph.\n\n    Second paragraph.\n\n    - a list item\n",
                                  file: "x.md", idPrefix: "x")
        let html = PrintFootnotes.inline(out)
        #expect(html.contains(#"<span class="fn-p">First paragraph.</span>"#))
        #expect(html.contains(#"<span class="fn-p">Second paragraph.</span>"#))
        #expect(html.contains(#"<span class="fn-ul">"#) && html.contains(#"<span class="fn-li">a list item</span>"#))
        let inside = html[html.range(of: "<span class=\"footnote\"")!.lowerBound...]
        #expect(!inside.contains("<p>") && !inside.contains("<ul>") && !inside.contains("<li>"))
    }

    @Test func aBodyWithoutNotesIsUnchanged() {
        let out = renderer.render("Plain <sup>text</sup>.\n", file: "x.md", idPrefix: "x")
        #expect(PrintFootnotes.inline(out) == out.html)
    }

    @Test func shortTitlesAreCutAtAWord() {
        #expect(PageModels.shortTitle("Paying More for Less") == "Paying More for Less")
        let long = "Sharing Monsoon Data Across Borders: Why Early Warning Needs a Regional Agreement Now"
        let short = PageModels.shortTitle(long)
        #expect(short == "Sharing Monsoon Data Across Borders: Why Early Warning…")
        #expect(short.count <= PageModels.shortTitleLength)
    }

    @Test func fileSizesReadLikeAFileManager() {
        #expect(PageModels.byteSize(512) == "512 bytes")
        #expect(PageModels.byteSize(92_480) == "92 KB")
        #expect(PageModels.byteSize(1_450_000) == "1.4 MB")
    }
}
