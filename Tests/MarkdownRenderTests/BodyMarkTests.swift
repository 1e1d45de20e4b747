import Testing
@testable import MarkdownRender

/// What the renderer finds in the tree for the steps after it: blocks, marks and the contents
/// list's copy of each heading.
@Suite struct BodyMarkTests {
    let renderer = MarkdownRenderer(options: MarkdownOptions(allowRawHTML: true, rootPath: "/"))

    func render(_ markdown: String) -> RenderedMarkdown {
        renderer.render(markdown, file: "t.md", firstLine: 1, idPrefix: "b")
    }

    func text(_ rendered: RenderedMarkdown, _ range: Range<Int>) -> String {
        String(decoding: Array(rendered.html.utf8)[range], as: UTF8.self)
    }

    /// Every mark covers exactly the markup of its kind, in document order, headings included;
    /// a heading's own HTML block is never taken for a reference (nodes freed while headings are
    /// replaced may give their address to a later one).
    @Test func marksCoverTheirMarkupAndNothingElse() {
        var markdown = ""
        for i in 1...40 {
            markdown += "## Part \(i) with a note[^n\(i)] and ![a chart](c\(i).png \"T\")\n\nText \(i).[^n\(i)] <b>raw</b>\n\n"
        }
        for i in 1...40 { markdown += "[^n\(i)]: Note \(i).\n" }
        let rendered = render(markdown)
        #expect(rendered.diagnostics.isEmpty, "\(rendered.diagnostics)")
        var references = 0, images = 0, raw = 0
        var previous = 0
        for mark in rendered.marks {
            #expect(mark.range.lowerBound >= previous, "in order, not overlapping")
            previous = mark.range.upperBound
            let markup = text(rendered, mark.range)
            switch mark.kind {
            case .reference(let note, let use):
                references += 1
                #expect(markup.hasPrefix("<sup class=\"footnote-ref\"><a href=\"#b-fn-\(note)\""), "\(markup)")
                #expect(markup.hasSuffix("</a></sup>"))
                #expect(use == 1 || markup.contains("-fnref-\(note)-\(use)\""))
            case .image(let src):
                images += 1
                #expect(markup.hasPrefix("<img src=\"\(src)\" alt=\"a chart\" title=\"T\""), "\(markup)")
                #expect(markup.hasSuffix("\" />"))
            case .rawHTML:
                raw += 1
                #expect(markup == "<b>" || markup == "</b>", "\(markup)")
            }
        }
        #expect(references == 80)
        #expect(images == 40)
        #expect(raw == 80)
        #expect(rendered.blocks.count == 80)
    }

    /// The contents list's copy of a heading keeps its emphasis and loses its links, note
    /// references and hand-written `<a>` tags, keeping their text.
    @Test func contentsCopyOfAHeadingHasNoLinksOrReferences() {
        let rendered = render("""
        ## The *grid* and [its reform](https://example.org/) <a href="#x">here</a>[^a]

        ## Plain

        [^a]: N.
        """)
        #expect(rendered.diagnostics.isEmpty, "\(rendered.diagnostics)")
        #expect(rendered.headings.count == 2)
        let first = rendered.headings[0]
        #expect(first.html.contains("<a href=\"https://example.org/\">its reform</a>"))
        #expect(first.html.contains("footnote-ref"))
        #expect(first.contentsHTML == "The <em>grid</em> and its reform here")
        #expect(rendered.headings[1].contentsHTML == "Plain")
        #expect(rendered.marks.count == 3, "the raw <a>, the raw </a> and the reference stay marked in the body: \(rendered.marks.map { text(rendered, $0.range) })")
    }

    /// An image's alt text is written as escaped text only: nothing inside it is a mark, and a
    /// look-alike inside it cannot make the marks after it go missing.
    @Test func nothingInsideAnImageIsLookedFor() {
        let rendered = render("Intro ![a ![b](b.png)](a.png) see[^1] and ![b](b.png) <br>.\n\n[^1]: N.\n")
        #expect(rendered.diagnostics.isEmpty, "\(rendered.diagnostics)")
        let kinds = rendered.marks.map(\.kind)
        #expect(kinds == [.image(src: "a.png"), .reference(note: 1, use: 1), .image(src: "b.png"), .rawHTML], "\(kinds)")
        let raw = render("![x<br>y](a.png) text[^1] and<br>more\n\n[^1]: N.\n")
        #expect(raw.marks.map(\.kind) == [.image(src: "a.png"), .reference(note: 1, use: 1), .rawHTML])
    }

    /// A wrapper written as raw HTML blocks around Markdown is one block, as a reader sees it;
    /// one that never closes leaves each node a block of its own.
    @Test func aRawHTMLWrapperIsOneBlock() {
        let rendered = render("Before.\n\n<details>\n<summary>More</summary>\n\nText[^1].\n\n</details>\n\nAfter.\n\n[^1]: N.\n")
        let blocks = rendered.blocks.map { text(rendered, $0) }
        #expect(blocks.count == 3, "\(blocks)")
        #expect(blocks.dropFirst().first?.hasPrefix("<details>") == true)
        #expect(blocks.dropFirst().first?.hasSuffix("</details>\n") == true)
        let unclosed = render("<div>\n\nOne.\n\nTwo.\n")
        #expect(unclosed.blocks.count == 3)
    }
}
