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
        let html = Sidenotes.insert(into: rendered)
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

    @Test func bodiesWithoutNotesAreUnchanged() {
        let plain = render("Just text.\n")
        #expect(Sidenotes.insert(into: plain) == plain.html)
    }

    /// Blocks and references come from the cmark-gfm tree, not from reading the HTML: raw HTML
    /// that does not balance, or that looks like a note reference, changes nothing.
    @Test func blocksAndReferencesComeFromTheTreeWhateverTheRawHTML() {
        let renderer = MarkdownRenderer(options: MarkdownOptions(allowRawHTML: true, rootPath: "/"))
        let rendered = renderer.render("""
        <div>

        Opened and never closed.[^a]

        <p>A hand-written <sup class="footnote-ref"><a href="#b-fn-1">1</a></sup>, not a reference.</p>

        ## Heading with a note[^a]

        [^a]: The note.
        """, file: "t.md", firstLine: 1, idPrefix: "b")
        #expect(rendered.diagnostics.isEmpty, "\(rendered.diagnostics)")
        let html = Sidenotes.insert(into: rendered)
        #expect(withoutSidenotes(html) == rendered.html)
        let asides = html.components(separatedBy: "<aside class=\"sidenote\"").count - 1
        #expect(asides == 2, "before the paragraph inside the open div, and before the heading; none for the raw copy")
        #expect(html.contains("<aside class=\"sidenote\" aria-hidden=\"true\" data-pagefind-ignore><p><span class=\"sidenote-number\">1</span> The note.</p></aside>\n<p>Opened"))
        #expect(html.contains("</aside>\n<h2 id=\"heading-with-a-note\">"))
    }

    /// A note cited inside a raw HTML wrapper (`<details>`, a callout `<div>`) goes before the
    /// wrapper, not inside it, where a closed `<details>` would hide it.
    @Test func aNoteInsideARawHTMLWrapperGoesBeforeIt() {
        let renderer = MarkdownRenderer(options: MarkdownOptions(allowRawHTML: true, rootPath: "/"))
        let rendered = renderer.render("<details>\n<summary>More</summary>\n\nText[^1].\n\n</details>\n\n[^1]: N.\n",
                                       file: "t.md", firstLine: 1, idPrefix: "b")
        let html = Sidenotes.insert(into: rendered)
        #expect(html.hasPrefix("<aside class=\"sidenote\""), "\(html)")
        #expect(html.contains("</aside>\n<details>"))
        #expect(withoutSidenotes(html) == rendered.html)
    }

    /// Each block of the body is one top-level node of the tree, and together they are the body.
    @Test func blocksCoverTheBodyOneNodeEach() {
        let rendered = render("Para.[^a]\n\n- one\n- two\n\n| a | b |\n|---|---|\n| 1 | 2 |\n\n> quote\n\n---\n\n    code\n\n[^a]: N.\n")
        let bytes = Array(rendered.html.utf8)
        let pieces = rendered.blocks.map { String(decoding: bytes[$0], as: UTF8.self) }
        #expect(pieces.joined() == rendered.html)
        #expect(pieces.map { String($0.prefix(4)) } == ["<p>P", "<ul>", "<tab", "<blo", "<hr ", "<pre"])
        #expect(rendered.marks.count == 1)
        if let mark = rendered.marks.first {
            #expect(mark.kind == .reference(note: 1, use: 1))
            #expect(String(decoding: bytes[mark.range], as: UTF8.self).hasPrefix("<sup class=\"footnote-ref\"><a href=\"#b-fn-1\""))
        }
    }

    @Test func noteWithoutAParagraphGetsItsNumberInOne() {
        let note = RenderedNote(number: 4, id: "b-fn-4", referenceIDs: [], html: "<ul><li>x</li></ul>")
        #expect(Sidenotes.aside(note) == "<aside class=\"sidenote\" aria-hidden=\"true\" data-pagefind-ignore><p><span class=\"sidenote-number\">4</span> </p>\n<ul><li>x</li></ul></aside>\n")
    }
}
