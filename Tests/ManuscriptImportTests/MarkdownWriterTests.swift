import Testing
@testable import ManuscriptImport

@Suite struct MarkdownWriterTests {
    func words(_ text: String) -> [PandocInline] {
        text.split(separator: " ").enumerated().flatMap { i, word in (i == 0 ? [] : [PandocInline.space]) + [.str(String(word))] }
    }

    @Test func notesKeepTheirItalicsLinksAndIbid() {
        var writer = MarkdownWriter()
        let body = writer.body([
            .para(words("Prices doubled.") + [.note([.para([.emph(words("Energy Review")), .str(","), .space,
                                                           .link(words("the data"), url: "https://example.org/a b", title: "")])])]),
            .para(words("They fell.") + [.note([.para(words("Ibid.")), .para(words("A second paragraph."))])]),
        ])
        #expect(body == """
            Prices doubled.[^1]

            They fell.[^2]

            [^1]: *Energy Review*, [the data](<https://example.org/a b>)

            [^2]: Ibid.

                A second paragraph.

            """)
        #expect(writer.notes.count == 2)
    }

    @Test func marksInTheTextAreEscapedAndLinesStayParagraphs() {
        var writer = MarkdownWriter()
        let body = writer.body([
            .para(words("1. Not a list; a *star*, [brackets] and <tags> & 50% _under_")),
            .para(words("# not a heading")),
            .para([.emph([.space, .str("hugged"), .space])]),
        ])
        #expect(body == "1\\. Not a list; a \\*star\\*, \\[brackets\\] and \\<tags\\> \\& 50% \\_under\\_\n\n"
                + "\\# not a heading\n\n*hugged* \n")
    }

    @Test func boldLinesAndWordHeadingsBecomeSections() {
        var writer = MarkdownWriter()
        let body = writer.body([
            .para([.strong(words("Background"))]),
            .para([.strong(words("This is a whole bold sentence."))]),
            .header(level: 1, words("What changed")),
            .header(level: 2, words("In detail")),
        ])
        #expect(body == "## Background\n\n**This is a whole bold sentence.**\n\n## What changed\n\n### In detail\n")
        #expect(writer.headings == 3)
    }

    @Test func anImageKeepsItsCaptionAndCredit() {
        var writer = MarkdownWriter()
        let body = writer.body([
            .para([.image(PandocAttr(), words("Flows at the intake"), url: "/tmp/x/media/rId9.jpeg", title: "")]),
            .para(words("Figure 1: Daily flows")),
            .para(words("Source: Water board")),
            .para(words("After.")),
        ])
        #expect(body == "![Flows at the intake](figure-1.jpg)\n\n*Figure 1: Daily flows* Source: Water board\n\nAfter.\n")
        #expect(writer.images == [.init(source: "/tmp/x/media/rId9.jpeg", name: "figure-1.jpg")])
        var untitled = MarkdownWriter()
        _ = untitled.body([.para([.image(PandocAttr(), [], url: "m/a.png", title: "")])])
        #expect(untitled.imagesWithoutAlt == [1])
    }

    @Test func tablesBecomePipeTables() {
        var writer = MarkdownWriter()
        let cell: (String) -> [PandocBlock] = { [.plain(self.words($0))] }
        let body = writer.body([.table(PandocTable(alignments: [.standard, .right], head: [],
                                                   rows: [[cell("City"), cell("Loss")], [cell("Karachi"), cell("35% | high")]], caption: []))])
        #expect(body == "| City | Loss |\n| --- | ---: |\n| Karachi | 35% \\| high |\n")
        #expect(writer.tables == 1)
    }

    @Test func listsThatRestartStayTwoListsAndOddStartsAreSafe() {
        var writer = MarkdownWriter()
        let item: (String) -> [PandocBlock] = { [.plain(self.words($0))] }
        let body = writer.body([.orderedList(start: 1, [item("One"), item("Two")]), .orderedList(start: 1, [item("Again")]),
                                .bulletList([item("a")]), .bulletList([item("b")]), .orderedList(start: 7, [item("Seven")])])
        #expect(body == "1. One\n2. Two\n\n<!-- -->\n\n1. Again\n\n- a\n\n<!-- -->\n\n- b\n\n7. Seven\n")
        var odd = MarkdownWriter()
        #expect(odd.body([.orderedList(start: Int.max, [item("x"), item("y")])]) == "1. x\n2. y\n")
        #expect(odd.body([.orderedList(start: -5, [item("z")])]) == "1. z\n")
    }

    @Test func trackedChangesAreAcceptedAndCommentsRecorded() {
        var writer = MarkdownWriter()
        let inserted = PandocAttr(classes: ["insertion"], values: ["author": "Ed"])
        let deleted = PandocAttr(classes: ["deletion"], values: ["author": "Ed"])
        let comment = PandocAttr(classes: ["comment-start"], values: ["author": "Reviewer", "date": "2025-01-02T00:00:00Z"])
        let body = writer.body([
            .para(words("First.")),
            .para(words("It is") + [.space, .span(inserted, words("new")), .span(deleted, [.space] + words("old")), .str(".")]
                  + [.span(comment, words("Source?")), .span(PandocAttr(classes: ["comment-end"]), [])]),
        ])
        #expect(body == "First.\n\nIt is new.\n")
        #expect(writer.review.insertions == 1 && writer.review.deletions == 1)
        #expect(writer.review.changedLines == [3])
        #expect(writer.review.comments == [.init(line: 3, author: "Reviewer", date: "2025-01-02T00:00:00Z", text: "Source?")])
    }
}
