import SiteModel

/// The result of rendering one Markdown body.
public struct RenderedMarkdown: Sendable {
    /// The body without its notes.
    public var html: String
    /// The notes section (`<section class="footnotes" role="doc-endnotes">`), or "" when the body has no notes.
    public var notesHTML: String
    /// Each note's inner HTML by number, without backlinks (for print footnotes).
    public var notes: [RenderedNote]
    public var headings: [Heading]
    public var links: [MarkdownLink]
    public var diagnostics: [Diagnostic]
    public var wordCount: Int
    /// The byte range of each top-level block of `html` (paragraph, list, table…), in order.
    public var blocks: [Range<Int>]
    /// Images, note references and raw HTML in `html`, in order, not overlapping.
    public var marks: [BodyMark]
    /// The ids of the body's figures (`figure-1`…), in order.
    public var figureIDs: [String] = []

    public init(html: String = "", notesHTML: String = "", notes: [RenderedNote] = [],
                headings: [Heading] = [], links: [MarkdownLink] = [],
                diagnostics: [Diagnostic] = [], wordCount: Int = 0, blocks: [Range<Int>]? = nil, marks: [BodyMark] = []) {
        self.html = html
        self.notesHTML = notesHTML
        self.notes = notes
        self.headings = headings
        self.links = links
        self.diagnostics = diagnostics
        self.wordCount = wordCount
        self.blocks = blocks ?? (html.isEmpty ? [] : [0..<html.utf8.count])
        self.marks = marks
    }

    /// Every id the page will carry from this body: headings, notes and note references.
    public var anchorIDs: Set<String> {
        var ids = Set(headings.map(\.id)).union(figureIDs)
        for note in notes {
            ids.insert(note.id)
            ids.formUnion(note.referenceIDs)
        }
        return ids
    }
}

/// One endnote: its number, its id, the ids of the references that cite it.
public struct RenderedNote: Sendable, Hashable {
    public var number: Int
    public var id: String
    public var referenceIDs: [String]
    /// The note's content as HTML, without backlinks.
    public var html: String

    public init(number: Int, id: String, referenceIDs: [String], html: String) {
        self.number = number
        self.id = id
        self.referenceIDs = referenceIDs
        self.html = html
    }
}
