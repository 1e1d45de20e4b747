import Testing
import SiteModel
@testable import MarkdownRender

@Suite struct FootnoteTests {
    let renderer = MarkdownRenderer()

    func render(_ md: String, firstLine: Int = 1) -> RenderedMarkdown {
        renderer.render(md, file: "content/briefs/x.md", firstLine: firstLine, idPrefix: "x")
    }

    @Test func referenceAndNoteFollowDesignMarkup() {
        let out = render("Claim.[^a]\n\n[^a]: Source.\n")
        #expect(out.html == "<p>Claim.<sup class=\"footnote-ref\"><a href=\"#x-fn-1\" id=\"x-fnref-1\" role=\"doc-noteref\" aria-describedby=\"x-footnotes-label\">1</a></sup></p>\n")
        #expect(out.notesHTML == """
        <section class="footnotes" role="doc-endnotes" aria-labelledby="x-footnotes-label">
        <h2 id="x-footnotes-label">Notes</h2>
        <ol>
        <li id="x-fn-1"><p>Source. <a href="#x-fnref-1" role="doc-backlink" aria-label="Back to reference 1">↩</a></p></li>
        </ol>
        </section>

        """)
        #expect(out.diagnostics.isEmpty)
    }

    @Test func secondUseGetsItsOwnIdAndBacklink() {
        let out = render("One.[^a] Two.[^b] Again.[^a]\n\n[^a]: A.\n[^b]: B.\n")
        #expect(out.html.contains("id=\"x-fnref-1\""))
        #expect(out.html.contains("href=\"#x-fn-1\" id=\"x-fnref-1-2\""))
        #expect(out.notesHTML.contains("<a href=\"#x-fnref-1-2\" role=\"doc-backlink\" aria-label=\"Back to reference 1, second use\">↩</a>"))
        #expect(out.notes.map(\.number) == [1, 2])
        #expect(out.notes[0].referenceIDs == ["x-fnref-1", "x-fnref-1-2"])
        #expect(out.notes[1].referenceIDs == ["x-fnref-2"])
    }

    @Test func notesAreNumberedInOrderOfFirstReference() {
        let out = render("First[^z] then[^a].\n\n[^a]: Alpha.\n[^z]: Zulu.\n")
        #expect(out.notes[0].html == "<p>Zulu.</p>")
        #expect(out.notes[1].html == "<p>Alpha.</p>")
    }

    @Test func undefinedReferenceIsAnErrorAtItsLineAndColumn() {
        let out = render("Intro.\n\nSome text [^missing] here.\n", firstLine: 10)
        #expect(out.diagnostics.count == 1)
        let d = out.diagnostics[0]
        #expect(d.code == "undefined-footnote")
        #expect(d.severity == .error)
        #expect(d.location == SourceLocation(file: "content/briefs/x.md", line: 12, column: 11))
    }

    @Test func unreferencedDefinitionIsAnErrorAtItsLine() {
        let out = render("Text.[^a]\n\n[^a]: Used.\n[^b]: Unused.\n", firstLine: 5)
        #expect(out.diagnostics.map(\.code) == ["unused-footnote"])
        #expect(out.diagnostics[0].location.line == 8)
    }

    @Test func duplicateDefinitionIsReported() {
        let out = render("Text.[^a]\n\n[^a]: One.\n[^a]: Two.\n")
        #expect(out.diagnostics.map(\.code) == ["duplicate-footnote"])
        #expect(out.diagnostics[0].location.line == 4)
    }

    @Test func definitionLikeTextInCodeFenceIsIgnored() {
        let out = render("```\n[^a]: not a note\n```\n")
        #expect(out.diagnostics.isEmpty)
    }

    @Test func noteWithAListGetsBacklinksInOwnParagraph() {
        let out = render("T.[^a]\n\n[^a]: Intro\n\n    - one\n    - two\n")
        #expect(out.notesHTML.contains("</ul>\n<p><a href=\"#x-fnref-1\""))
    }

    @Test func noteKeepsItalicsAndLinks() {
        let out = render("T.[^a]\n\n[^a]: *Annual Report*, <https://example.org/a/very/long/path>.\n")
        #expect(out.notes[0].html.contains("<em>Annual Report</em>"))
        #expect(out.notes[0].html.contains("<a href=\"https://example.org/a/very/long/path\">"))
    }

    @Test func ordinals() {
        #expect(FootnoteMarkup.ordinal(3) == "third")
        #expect(FootnoteMarkup.ordinal(12) == "12th")
    }
}

/// Note labels, ordinals and ids in the cases issue 16 found wrong.
@Suite struct FootnoteEdgeTests {
    func render(_ md: String) -> RenderedMarkdown {
        MarkdownRenderer().render(md, file: "f.md", idPrefix: "p")
    }

    @Test func ordinalsPastTenHaveTheirSuffixes() {
        let expected = [11: "11th", 12: "12th", 13: "13th", 21: "21st", 22: "22nd", 23: "23rd", 101: "101st", 111: "111th", 112: "112th", 1002: "1002nd"]
        for (k, word) in expected { #expect(FootnoteMarkup.ordinal(k) == word) }
        #expect(FootnoteMarkup.ordinal(2) == "second")
    }

    @Test func labelsDifferingOnlyInCaseAreOneNoteDefinedTwice() {
        let out = render("Text.[^x]\n\n[^x]: One.\n[^X]: Two.\n")
        #expect(out.diagnostics.map(\.code) == ["duplicate-footnote"])
        #expect(out.diagnostics.first?.location.line == 4)
    }
}
