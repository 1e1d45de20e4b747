import MarkdownRender
import Testing
@testable import SiteBuilder

/// The margin copies of notes: where they go, what they hold, and that the body is otherwise untouched.
@Suite struct SidenotesTests {
    func render(_ markdown: String) -> RenderedMarkdown {
        MarkdownRenderer().render(markdown, file: "t.md", firstLine: 1, idPrefix: "b")
    }

    /// The body with every sidenote taken out again.
    func withoutSidenotes(_ html: String) -> String {
        html.replacingOccurrences(of: #"(?s)<aside class="sidenote"[^>]*>.*?</aside>\n"#, with: "",
                                  options: .regularExpression)
    }

    @Test func aCopyBeforeEachBlockThatCitesANote() {
        let rendered = render("""
        First.[^a] Again.[^a] And.[^b]

        Plain paragraph.

        - item one
        - item with a note.[^c] See <https://example.org/>.

        Back to [a].[^a]

        [a]: https://example.org/a
        [^a]: Note *A* at <https://example.org/a>.
        [^b]: Note B.
        [^c]: Note C.

            Second paragraph of C.
        """)
        #expect(rendered.diagnostics.isEmpty, "\(rendered.diagnostics)")
        let html = Sidenotes.insert(into: rendered.html, notes: rendered.notes)
        #expect(withoutSidenotes(html) == rendered.html, "nothing but the copies is added")
        let asides = html.components(separatedBy: "<aside class=\"sidenote\" aria-hidden=\"true\" data-pagefind-ignore>").count - 1
        #expect(asides == 4, "a and b before the first paragraph, c before the list, a again before the last")
        // Order: the asides of a block come right before it, in the order of their references.
        let first = html.range(of: "<span class=\"sidenote-number\">1</span>")!.lowerBound
        let second = html.range(of: "<span class=\"sidenote-number\">2</span>")!.lowerBound
        let paragraph = html.range(of: "<p>First.")!.lowerBound
        #expect(first < second && second < paragraph)
        let noteC = html.range(of: "<span class=\"sidenote-number\">3</span>")!.lowerBound
        let list = html.range(of: "<ul>")!.lowerBound
        #expect(html.range(of: "<p>Plain paragraph.</p>")!.lowerBound < noteC && noteC < list)
        // Content: the note's text with its number, links out of the tab order, no backlinks or ids.
        #expect(html.contains("<p><span class=\"sidenote-number\">1</span> Note <em>A</em> at <a tabindex=\"-1\" href=\"https://example.org/a\">"))
        #expect(html.contains("Second paragraph of C."))
        var rest = html[...]
        while let start = rest.range(of: "<aside"), let end = rest[start.upperBound...].range(of: "</aside>") {
            let aside = rest[start.lowerBound..<end.upperBound]
            #expect(!aside.contains("doc-backlink"))
            #expect(!aside.contains(" id="))
            rest = rest[end.upperBound...]
        }
    }

    @Test func bodiesWithoutNotesOrWithUnbalancedMarkupAreUnchanged() {
        let plain = render("Just text.\n")
        #expect(Sidenotes.insert(into: plain.html, notes: plain.notes) == plain.html)
        let note = RenderedNote(number: 1, id: "b-fn-1", referenceIDs: ["b-fnref-1"], html: "<p>N.</p>")
        let ref = ##"<sup class="footnote-ref"><a href="#b-fn-1" id="b-fnref-1">1</a></sup>"##
        for broken in ["<p>a\(ref)</div></p>", "<div><p>a\(ref)</p>", "<p>a\(ref)<!-- open"] {
            #expect(Sidenotes.insert(into: broken, notes: [note]) == broken, "\(broken)")
        }
    }

    @Test func splitsTopLevelBlocksAroundVoidElementsCommentsAndRawText() {
        let html = "<p>a<br>b</p>\n<hr />\n<!-- <p> -->\n<pre><code>&lt;p&gt;</code></pre>\n<script>if (a < b) {}</script>\n"
        let blocks = Sidenotes.topLevelBlocks(html)?.map(String.init)
        #expect(blocks == ["<p>a<br>b</p>\n", "<hr />\n<!-- <p> -->\n", "<pre><code>&lt;p&gt;</code></pre>\n",
                           "<script>if (a < b) {}</script>\n"])
    }

    @Test func noteWithoutAParagraphGetsItsNumberInOne() {
        let note = RenderedNote(number: 4, id: "b-fn-4", referenceIDs: [], html: "<ul><li>x</li></ul>")
        #expect(Sidenotes.aside(note) == "<aside class=\"sidenote\" aria-hidden=\"true\" data-pagefind-ignore><p><span class=\"sidenote-number\">4</span> </p>\n<ul><li>x</li></ul></aside>\n")
    }
}
