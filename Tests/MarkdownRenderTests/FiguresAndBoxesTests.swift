import Testing
import MarkdownRender

/// Figures and boxes without raw HTML (issue 21): an image alone in its paragraph with a title
/// becomes a numbered `<figure>`; `> [!KIND]` quotes become named asides.
@Suite struct FiguresAndBoxesTests {
    func render(_ markdown: String, kinds: [BoxKind] = BoxKind.builtIn) -> RenderedMarkdown {
        MarkdownRenderer(options: MarkdownOptions(boxKinds: kinds)).render(markdown, file: "b.md", idPrefix: "b")
    }

    @Test func aTitledImageAloneIsANumberedFigure() {
        let out = render("""
        ![Losses](a.png "Losses by year. Source: [Utility](https://u.example) & us, `<b>`.")

        Text with ![inline](b.png "not a figure") image.

        ![No title](c.png)

        ![Second](d.png "Second chart")

        - ![In a list](e.png "not numbered")

        ## Figure 1

        See [the first](#figure-1).
        """)
        #expect(out.html.contains("""
            <figure class="figure" id="figure-1">
            <p><img src="a.png" alt="Losses" /></p>
            <figcaption><span class="figure-label">Figure 1.</span> Losses by year. Source: <a href="https://u.example">Utility</a> &amp; us, <code>&lt;b&gt;</code>.</figcaption>
            </figure>
            """), "\(out.html)")
        #expect(out.html.contains(#"<img src="b.png" alt="inline" title="not a figure" />"#), "an image inside text stays inline")
        #expect(out.html.contains("<p><img src=\"c.png\" alt=\"No title\" /></p>"), "no title, no figure")
        #expect(out.html.contains(#"<figure class="figure" id="figure-2">"#) && out.html.contains("Figure 2.</span> Second chart"))
        #expect(!out.html.contains("figure-3"))
        #expect(out.figureIDs == ["figure-1", "figure-2"])
        #expect(out.headings.first?.id == "figure-1-2", "a heading never takes a figure's id")
        #expect(out.anchorIDs.isSuperset(of: ["figure-1", "figure-2"]))
        #expect(out.links.filter(\.isImage).count == 5, "figures' images are still checked")
        #expect(out.diagnostics.isEmpty, "\(out.diagnostics)")
        #expect(out.links.contains { $0.destination == "https://u.example" && $0.line == 1 && $0.column == 1 }, "a caption's link is checked at its image")

        let raw = render("Intro.\n\n![Chart](c.png \"Made by <i>us</i>\")\n")
        #expect(raw.diagnostics.map(\.code) == ["raw-html"] && raw.diagnostics.first?.location.line == 3, "\(raw.diagnostics)")
    }

    @Test func alertsAndTheSitesOwnKindsBecomeNamedAsides() {
        let kinds = BoxKind.builtIn + [BoxKind(id: "key-findings", label: "Key findings")]
        let out = render("""
        > [!NOTE]
        > Read this first.

        > [!key-findings] What we found
        > 1. Prices doubled.
        >
        > > [!WARNING]
        > > Nested.

        > [!TYPO]
        > Kept as a quote.

        > Just a quote.
        """, kinds: kinds)
        #expect(out.html.contains("""
            <aside class="box box-note" aria-label="Note">
            <p class="box-title">Note</p>
            <p>Read this first.</p>
            </aside>
            """), "\(out.html)")
        #expect(out.html.contains(#"<aside class="box box-key-findings" aria-label="What we found">"#))
        #expect(out.html.contains("<p class=\"box-title\">What we found</p>\n<ol>\n<li>Prices doubled.</li>\n</ol>"))
        #expect(out.html.contains("<aside class=\"box box-warning\" aria-label=\"Warning\">\n<p class=\"box-title\">Warning</p>\n<p>Nested.</p>\n</aside>\n</aside>"),
                "a box inside a box: \(out.html)")
        #expect(out.html.contains("<blockquote>\n<p>[!TYPO]\nKept as a quote.</p>\n</blockquote>"))
        #expect(out.html.contains("<blockquote>\n<p>Just a quote.</p>\n</blockquote>"))
        #expect(out.diagnostics.map(\.code) == ["unknown-box"])
        #expect(out.diagnostics.first?.location.line == 10)
        #expect(out.diagnostics.first?.message.contains("[!KEY-FINDINGS]") == true)
    }

    @Test func aBoxTitleIsEscapedAndAMarkerAloneMakesAnEmptyBox() {
        let out = render("> [!TIP] Use `<b>` & \"quotes\"  *here*\n> Body.\n\n> [!CAUTION]\n")
        #expect(out.html.contains("<aside class=\"box box-tip\" aria-label=\"Use &lt;b&gt; &amp; \u{201C}quotes\u{201D} here\">\n<p class=\"box-title\">Use &lt;b&gt; &amp; \u{201C}quotes\u{201D} here</p>\n<p>Body.</p>"), "\(out.html)")
        #expect(out.html.contains("<aside class=\"box box-caution\" aria-label=\"Caution\">\n<p class=\"box-title\">Caution</p>\n</aside>"), "\(out.html)")
    }

    /// Found by fuzzing: a note cited on the marker line was freed with it before it was numbered.
    @Test func aNoteCitedOnTheMarkerLineStaysInTheBox() {
        let out = render("> [!NOTE] See the data.[^1]\n> More.\n\n[^1]: The note.\n")
        #expect(out.html.contains("<aside class=\"box box-note\" aria-label=\"Note\">\n<p class=\"box-title\">Note</p>\n<p>See the data.<sup"), "\(out.html)")
        #expect(out.notes.count == 1)
        #expect(out.diagnostics.isEmpty, "\(out.diagnostics)")
    }
}
