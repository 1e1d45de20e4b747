import MarkdownRender

extension RenderedMarkdown {
    /// What the rest of a build needs of a body once its page is written: heading, note and
    /// figure ids (link checks), links, diagnostics and the word count; not the HTML.
    var facts: RenderedMarkdown {
        var facts = RenderedMarkdown(html: "", notesHTML: "",
                                     notes: notes.map { RenderedNote(number: $0.number, id: $0.id, referenceIDs: $0.referenceIDs, html: "") },
                                     headings: headings, links: links, diagnostics: diagnostics, wordCount: wordCount)
        facts.figureIDs = figureIDs
        return facts
    }
}
