import CCmarkGFM
import Foundation
import SiteModel

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Markdown → HTML through cmark-gfm. This is the only file that touches the C library:
/// every parser, iterator, node and rendered buffer it creates is freed here.
///
/// On top of cmark-gfm it adds the footnote passes: footnotes with per-brief ids,
/// DPUB-ARIA roles and one labelled backlink per reference; errors for undefined and unused
/// notes; unique heading ids; raw HTML dropped (with a warning) unless the site allows it.
public struct MarkdownRenderer: Sendable {
    public let options: MarkdownOptions

    /// The version of the cmark-gfm library this program is linked with (`imprint --version`).
    public static var libraryVersion: String { String(cString: cmark_version_string()) }

    /// `options.boxKinds` by id, the site's own over GitHub's: made once, read for every quote.
    private let boxKinds: [String: BoxKind]

    public init(options: MarkdownOptions = MarkdownOptions()) {
        self.options = options
        boxKinds = Dictionary(options.boxKinds.map { ($0.id, $0) }, uniquingKeysWith: { _, site in site })
    }

    private static let parseLock = NSLock()

    /// Short Markdown (a correction, a caption) as plain text with smart punctuation, for
    /// metadata that holds no markup: cmark's own plain-text renderer, lines unwrapped.
    public static func plainText(_ markdown: String) -> String {
        let options = CMARK_OPT_SMART | CMARK_OPT_VALIDATE_UTF8
        parseLock.lock()
        let parsed = markdown.withCString { cmark_parse_document($0, strlen($0), options) }
        parseLock.unlock()
        guard let document = parsed else { return markdown }
        defer { cmark_node_free(document) }
        guard let rendered = cmark_render_plaintext(document, options, 0) else { return markdown }
        defer { free(rendered) }
        return String(cString: rendered).split(whereSeparator: \.isNewline).joined(separator: " ")
            .trimmingCharacters(in: .whitespaces)
    }

    /// Registers the GFM extensions once per process (Swift runs this initializer exactly once).
    private static let extensionsRegistered: Bool = {
        cmark_gfm_core_extensions_ensure_registered()
        return true
    }()

    /// - Parameters:
    ///   - markdown: the body, LF line endings.
    ///   - file: the site-relative path diagnostics name.
    ///   - firstLine: the file line of the body's first line (after front matter).
    ///   - idPrefix: prefix for note ids, unique per page.
    ///   - reservedIDs: ids the page template already uses, never given to a heading.
    public func render(
        _ markdown: String, file: String, firstLine: Int = 1, idPrefix: String,
        reservedIDs: Set<String> = []
    ) -> RenderedMarkdown {
        _ = Self.extensionsRegistered
        var parseOptions = CMARK_OPT_FOOTNOTES | CMARK_OPT_VALIDATE_UTF8
        if options.smartPunctuation { parseOptions |= CMARK_OPT_SMART }
        // Our own note and heading markup enters the tree as raw HTML, so the renderer must be
        // "unsafe"; the user's raw HTML has already been removed from the tree when not allowed.
        let renderOptions = CMARK_OPT_UNSAFE | CMARK_OPT_TABLE_PREFER_STYLE_ATTRIBUTES

        guard let parser = cmark_parser_new(parseOptions) else { return RenderedMarkdown() }
        defer { cmark_parser_free(parser) }
        for name in ["table", "strikethrough", "autolink"] {
            if let ext = cmark_find_syntax_extension(name) {
                cmark_parser_attach_syntax_extension(parser, ext)
            }
        }
        // cmark-gfm keeps the inline parser's special-character table in a global that every
        // parser edits while parsing (extensions add their characters at the start of
        // cmark_parser_finish and remove them at its end; table rows do the same during feed).
        // Two parses at once lose autolinks and strikethrough at random, so parsing is
        // serialised; our passes and HTML rendering still run in parallel.
        Self.parseLock.lock()
        markdown.withCString { cmark_parser_feed(parser, $0, strlen($0)) }
        let parsed = cmark_parser_finish(parser)
        Self.parseLock.unlock()
        guard let document = parsed else { return RenderedMarkdown() }
        defer { cmark_node_free(document) }
        cmark_consolidate_text_nodes(document)

        var pass = Pass(
            markdown: markdown, file: file, lineOffset: firstLine - 1,
            markup: FootnoteMarkup(prefix: idPrefix, labels: options.labels), slugger: HeadingSlugger(reserved: reservedIDs),
            options: options, boxKinds: boxKinds
        )
        let nodes = pass.collect(document)
        // Order matters: each step frees nodes, so nothing collected may be used after its node goes.
        pass.dropRawHTML(nodes.rawHTML)
        if options.smartPunctuation { pass.mendApostrophes(nodes.texts) }
        pass.checkUndefinedReferences(nodes.texts)
        pass.collectLinks(nodes.links)
        pass.makeFigures(nodes.links)
        pass.makeBoxes(nodes.blockQuotes)
        let uses = pass.replaceReferences(nodes.references)
        pass.replaceHeadings(nodes.headings, renderOptions: renderOptions)
        pass.checkUnusedDefinitions(definitionLines: Set(nodes.definitions.map { cmark_node_get_start_line($0) }))
        let notes = pass.renderDefinitions(nodes.definitions, uses: uses, renderOptions: renderOptions)

        let (body, blocks, marks) = pass.renderBody(document, renderOptions: renderOptions)
        var rendered = RenderedMarkdown(
            html: body,
            notesHTML: notes.isEmpty ? "" : pass.markup.section(items: notes.map {
                pass.markup.item($0.number, html: $0.listHTML)
            }),
            notes: notes.map { RenderedNote(number: $0.number, id: pass.markup.noteID($0.number),
                                            referenceIDs: $0.referenceIDs, html: $0.contentHTML) },
            headings: pass.headings,
            links: pass.links,
            diagnostics: pass.diagnostics,
            wordCount: nodes.wordCount,
            blocks: blocks,
            marks: marks
        )
        rendered.figureIDs = pass.figureIDs
        return rendered
    }

    /// Renders a node (and its children) to HTML, freeing the C string.
    fileprivate static func html(_ node: OpaquePointer, _ options: Int32) -> String {
        guard let cString = cmark_render_html(node, options, nil) else { return "" }
        defer { free(cString) }
        return String(cString: cString)
    }

    /// Renders a node and appends its HTML to `out`, freeing the C string.
    fileprivate static func appendHTML(_ node: OpaquePointer, _ options: Int32, to out: inout [UInt8]) {
        guard let cString = cmark_render_html(node, options, nil) else { return }
        defer { free(cString) }
        out.append(contentsOf: UnsafeBufferPointer(start: UnsafeRawPointer(cString).assumingMemoryBound(to: UInt8.self),
                                                   count: strlen(cString)))
    }
}

/// The nodes each pass needs, gathered in one walk (the tree cannot change during a walk).
private struct CollectedNodes {
    var rawHTML: [OpaquePointer] = []
    var texts: [OpaquePointer] = []
    var references: [OpaquePointer] = []
    var definitions: [OpaquePointer] = []
    var headings: [OpaquePointer] = []
    var links: [OpaquePointer] = []
    var blockQuotes: [OpaquePointer] = []
    var wordCount = 0
}

/// A mark a node's HTML will hold, before its place in the body is known.
private struct ExpectedMark {
    var literal: [UInt8]
    var kind: BodyMark.Kind
}

private struct RenderedNoteParts {
    var number: Int
    var referenceIDs: [String]
    var contentHTML: String
    var listHTML: String
}

private struct Pass {
    let markdown: String
    let file: String
    let lineOffset: Int
    let markup: FootnoteMarkup
    var slugger: HeadingSlugger
    let options: MarkdownOptions
    let boxKinds: [String: BoxKind]
    var allowRawHTML: Bool { options.allowRawHTML }
    var rootPath: String { options.rootPath }
    var diagnostics: [Diagnostic] = []
    var figureIDs: [String] = []
    var headings: [Heading] = []
    var links: [MarkdownLink] = []
    /// Our reference nodes: note number and use, by node.
    var referenceNodes: [OpaquePointer: (note: Int, use: Int)] = [:]
    /// The marks inside each heading, by the HTML block that replaced it (its text is rendered
    /// into that block's literal, so its nodes are gone by the time the body is rendered).
    var headingMarks: [OpaquePointer: [ExpectedMark]] = [:]
    private lazy var sourceLines: [Substring] = markdown.split(separator: "\n", omittingEmptySubsequences: false)

    init(markdown: String, file: String, lineOffset: Int, markup: FootnoteMarkup,
         slugger: HeadingSlugger, options: MarkdownOptions, boxKinds: [String: BoxKind]) {
        self.markdown = markdown
        self.file = file
        self.lineOffset = lineOffset
        self.markup = markup
        self.slugger = slugger
        self.options = options
        self.boxKinds = boxKinds
    }

    func location(_ line: Int, _ column: Int) -> SourceLocation {
        SourceLocation(file: file, line: line + lineOffset, column: column)
    }

    func location(of node: OpaquePointer) -> SourceLocation {
        location(Int(cmark_node_get_start_line(node)), Int(cmark_node_get_start_column(node)))
    }

    /// Calls `body` with each node below and including `root`, in document order, as the walk
    /// enters it; `body` may move the walk on (`cmark_iter_reset`) but must not change the tree.
    static func enter(_ root: OpaquePointer, _ body: (_ node: OpaquePointer, _ iterator: OpaquePointer) -> Void) {
        guard let iterator = cmark_iter_new(root) else { return }
        defer { cmark_iter_free(iterator) }
        while true {
            let event = cmark_iter_next(iterator)
            if event == CMARK_EVENT_DONE { break }
            guard event == CMARK_EVENT_ENTER, let node = cmark_iter_get_node(iterator) else { continue }
            body(node, iterator)
        }
    }

    func collect(_ document: OpaquePointer) -> CollectedNodes {
        var nodes = CollectedNodes()
        Self.enter(document) { node, _ in
            switch cmark_node_get_type(node) {
            case CMARK_NODE_HTML_BLOCK, CMARK_NODE_HTML_INLINE:
                nodes.rawHTML.append(node)
            case CMARK_NODE_TEXT:
                nodes.texts.append(node)
                nodes.wordCount += Self.words(in: literalBytes(node))
            case CMARK_NODE_CODE:
                nodes.wordCount += Self.words(in: literalBytes(node))
            case CMARK_NODE_FOOTNOTE_REFERENCE:
                nodes.references.append(node)
            case CMARK_NODE_FOOTNOTE_DEFINITION:
                nodes.definitions.append(node)
            case CMARK_NODE_HEADING:
                nodes.headings.append(node)
            case CMARK_NODE_LINK, CMARK_NODE_IMAGE:
                nodes.links.append(node)
            case CMARK_NODE_BLOCK_QUOTE:
                nodes.blockQuotes.append(node)
            default:
                break
            }
        }
        return nodes
    }

    /// Words are runs containing a letter or digit, so punctuation alone ("." after emphasis) is not one.
    static func words(in bytes: UnsafeBufferPointer<UInt8>) -> Int {
        // Counted on the node's C string: this runs over every text node of every brief, so each
        // byte is classed through a table and counted without branches.
        wordBytes.withUnsafeBufferPointer { table in
            var count = 0
            var hasLetter: UInt8 = 0
            for byte in bytes {
                let kind = table[Int(byte)]
                let space = kind >> 1, letter = kind & 1
                count &+= Int(space & hasLetter)
                hasLetter = (hasLetter | letter) & (space ^ 1)
            }
            return count + Int(hasLetter)
        }
    }

    /// Per byte: 2 for a space, tab or newline (ends a word), 1 for an ASCII letter or digit or any
    /// byte of a multi-byte (non-ASCII) character, 0 for the rest.
    private static let wordBytes: [UInt8] = (0...255).map { (b: Int) -> UInt8 in
        if b == 0x20 || b == 0x0A || b == 0x09 { return 2 }
        let lower = b | 0x20
        return b >= 0x80 || (lower >= 0x61 && lower <= 0x7A) || (b >= 0x30 && b <= 0x39) ? 1 : 0
    }

    /// A node's literal as bytes owned by the node (valid until the node changes or is freed),
    /// so scans need not copy it into a String.
    func literalBytes(_ node: OpaquePointer) -> UnsafeBufferPointer<UInt8> {
        guard let c = cmark_node_get_literal(node) else { return UnsafeBufferPointer(start: nil, count: 0) }
        return UnsafeBufferPointer(start: UnsafeRawPointer(c).assumingMemoryBound(to: UInt8.self), count: strlen(c))
    }

    func literal(_ node: OpaquePointer) -> String {
        guard let c = cmark_node_get_literal(node) else { return "" }
        return String(cString: c)
    }

    /// Raw HTML is dropped unless the site allows it; comments go quietly, anything else warns.
    mutating func dropRawHTML(_ nodes: [OpaquePointer]) {
        guard !allowRawHTML else { return }
        var warnedLines: Set<Int32> = []
        for node in nodes {
            let text = literal(node).trimmingLeadingSpaces
            // One warning per line: `<span>x</span>` is two nodes but one mistake.
            if !text.hasPrefix("<!--"), warnedLines.insert(cmark_node_get_start_line(node)).inserted {
                let snippet = String(text.prefix { $0 != "\n" }.prefix(40))
                diagnostics.append(.warning(
                    "raw-html", "raw HTML `\(snippet)` was dropped; set `markdown: { raw_html: true }` in site.yaml to allow trusted embeds",
                    at: location(of: node)))
            }
            cmark_node_unlink(node)
            cmark_node_free(node)
        }
    }

    /// cmark-gfm leaves a reference to an undefined note as the literal text `[^x]`.
    /// An image alone in a top-level paragraph, with a title, becomes a numbered figure
    /// (FigureMarkup): the paragraph moves into a custom block that opens `<figure>` and closes
    /// with the caption. The image node stays, so its checks and size marks are as for any image.
    mutating func makeFigures(_ links: [OpaquePointer]) {
        for node in links where cmark_node_get_type(node) == CMARK_NODE_IMAGE {
            guard let paragraph = cmark_node_parent(node), cmark_node_get_type(paragraph) == CMARK_NODE_PARAGRAPH,
                  cmark_node_first_child(paragraph) == node, cmark_node_next(node) == nil,
                  let parent = cmark_node_parent(paragraph), cmark_node_get_type(parent) == CMARK_NODE_DOCUMENT,
                  let title = cmark_node_get_title(node).map({ String(cString: $0) }),
                  !title.trimmingCharacters(in: .whitespaces).isEmpty,
                  let figure = cmark_node_new(CMARK_NODE_CUSTOM_BLOCK) else { continue }
            let number = figureIDs.count + 1
            let id = FigureMarkup.id(number)
            // The caption is Markdown of its own; its links and problems are the image's line's.
            let at = location(of: node)
            let caption = MarkdownRenderer(options: options).render(title, file: file, idPrefix: "\(id)-caption")
            diagnostics += caption.diagnostics.map { var d = $0; d.location = at; return d }
            self.links += caption.links.map { var link = $0; link.line = at.line; link.column = at.column; return link }
            cmark_node_set_on_enter(figure, FigureMarkup.open(id: id))
            cmark_node_set_on_exit(figure, FigureMarkup.close(number: number, captionHTML: FigureMarkup.inline(caption.html), labels: options.labels))
            // The caption says it; a tooltip would say it twice.
            cmark_node_set_title(node, "")
            guard cmark_node_insert_before(paragraph, figure) == 1, cmark_node_append_child(figure, paragraph) == 1 else {
                cmark_node_unlink(figure)
                cmark_node_free(figure)
                continue
            }
            slugger.reserve(id)
            figureIDs.append(id)
        }
    }

    /// A quote whose first line is `[!KIND]` (and perhaps a title) becomes a box: its blocks move
    /// into a custom block that opens `<aside>` with the label. An unknown kind is a warning and
    /// stays a quote. Outer quotes come first in `quotes`, so a box may hold another.
    mutating func makeBoxes(_ quotes: [OpaquePointer]) {
        for quote in quotes {
            guard let paragraph = cmark_node_first_child(quote), cmark_node_get_type(paragraph) == CMARK_NODE_PARAGRAPH,
                  let text = cmark_node_first_child(paragraph), cmark_node_get_type(text) == CMARK_NODE_TEXT,
                  BoxKind.marker(in: literal(text)) != nil else { continue }
            // The marker's whole line: a title may hold emphasis or code, which are other nodes.
            var line: [OpaquePointer] = []
            var node: OpaquePointer? = text
            while let current = node, ![CMARK_NODE_SOFTBREAK, CMARK_NODE_LINEBREAK].contains(cmark_node_get_type(current)) {
                line.append(current)
                node = cmark_node_next(current)
            }
            guard let marker = BoxKind.marker(in: line.map { plainText(of: $0) }.joined()) else { continue }
            guard let kind = boxKinds[marker.kind] else {
                let known = boxKinds.keys.sorted().map { "[!\($0.uppercased())]" }.joined(separator: ", ")
                diagnostics.append(.warning("unknown-box",
                    "`[!\(marker.kind.uppercased())]` is not a kind of box (\(known); site.yaml `boxes:` declares more); it stays a quote",
                    at: location(of: quote)))
                continue
            }
            guard let box = cmark_node_new(CMARK_NODE_CUSTOM_BLOCK) else { continue }
            // A note cited on the marker line is still to be numbered (its node is held): then
            // only the marker goes and the line stays as the box's first words, under its label.
            var citesNote = false
            for part in line {
                Self.enter(part) { child, _ in
                    if cmark_node_get_type(child) == CMARK_NODE_FOOTNOTE_REFERENCE { citesNote = true }
                }
            }
            cmark_node_set_on_enter(box, kind.open(title: citesNote ? "" : marker.title))
            cmark_node_set_on_exit(box, BoxKind.close)
            if citesNote {
                let text = literal(text)
                let rest = text[text.index(after: text.firstIndex(of: "]")!)...].drop { $0 == " " || $0 == "\t" }
                cmark_node_set_literal(line[0], String(rest))
            } else {
                // The marker line goes: its nodes, the line break after it, and the paragraph if that was all.
                if let lineBreak = node {
                    cmark_node_unlink(lineBreak)
                    cmark_node_free(lineBreak)
                }
                for part in line {
                    cmark_node_unlink(part)
                    cmark_node_free(part)
                }
            }
            if cmark_node_first_child(paragraph) == nil {
                cmark_node_unlink(paragraph)
                cmark_node_free(paragraph)
            }
            guard cmark_node_insert_before(quote, box) == 1 else {
                cmark_node_free(box)
                continue
            }
            while let child = cmark_node_first_child(quote), cmark_node_append_child(box, child) == 1 {}
            // Every block moves (a custom block holds any block); were one refused, the quote keeps it.
            if cmark_node_first_child(quote) == nil {
                cmark_node_unlink(quote)
                cmark_node_free(quote)
            }
        }
    }

    /// cmark's smart punctuation opens a quote after "U.S." or "(2024)", where it is an
    /// apostrophe ("U.S.’s"): mended in place, as titles are (SmartPunctuation).
    func mendApostrophes(_ texts: [OpaquePointer]) {
        for node in texts where literalBytes(node).containsPair(0x80, 0x98) {   // U+2018 is E2 80 98
            let text = literal(node)
            let mended = SmartPunctuation.mendApostrophes(text)
            if mended != text { cmark_node_set_literal(node, mended) }
        }
    }

    mutating func checkUndefinedReferences(_ texts: [OpaquePointer]) {
        for node in texts {
            guard literalBytes(node).containsPair(0x5B, 0x5E) else { continue } // "[^"
            let text = literal(node)
            let line = Int(cmark_node_get_start_line(node))
            for label in Self.referenceLabels(in: text) {
                let column = column(of: "[^\(label)]", onLine: line, from: Int(cmark_node_get_start_column(node)))
                diagnostics.append(.error(
                    "undefined-footnote", "footnote [^\(label)] is referenced but never defined; add a line `[^\(label)]: …`",
                    at: location(line, column)))
            }
        }
    }

    static func referenceLabels(in text: String) -> [String] {
        var labels: [String] = []
        var rest = Substring(text)
        while let start = rest.range(of: "[^") {
            let after = rest[start.upperBound...]
            guard let close = after.firstIndex(of: "]") else { break }
            let label = after[..<close]
            if !label.isEmpty, !label.contains(where: { $0 == " " || $0 == "[" || $0 == "\n" }) {
                labels.append(String(label))
            }
            rest = after[close...]
        }
        return labels
    }

    private mutating func column(of needle: String, onLine line: Int, from column: Int) -> Int {
        guard line >= 1, line <= sourceLines.count else { return column }
        let source = sourceLines[line - 1]
        guard let range = source.range(of: needle) else { return column }
        return source.distance(from: source.startIndex, to: range.lowerBound) + 1
    }

    /// Replaces cmark's reference nodes with our reference markup (`FootnoteMarkup`).
    /// Definitions come after the body in note order (cmark-gfm numbers and sorts them).
    /// Returns how many times each note number is cited.
    mutating func replaceReferences(_ references: [OpaquePointer]) -> [Int: Int] {
        var uses: [Int: Int] = [:]
        for node in references {
            let number = Int(literal(node)) ?? 0
            let use = (uses[number] ?? 0) + 1
            uses[number] = use
            if let replacement = replace(node, withInlineHTML: markup.reference(number, use: use)) {
                referenceNodes[replacement] = (number, use)
            }
        }
        return uses
    }

    mutating func renderDefinitions(_ definitions: [OpaquePointer], uses: [Int: Int],
                                    renderOptions: Int32) -> [RenderedNoteParts] {
        var notes: [RenderedNoteParts] = []
        for (index, definition) in definitions.enumerated() {
            let number = index + 1
            let count = uses[number] ?? 1
            if cmark_node_first_child(definition) == nil {
                diagnostics.append(.error("empty-footnote", "footnote \(number) has no text", at: location(of: definition)))
            }
            let endsWithParagraph = cmark_node_last_child(definition).map {
                cmark_node_get_type($0) == CMARK_NODE_PARAGRAPH
            } ?? false
            let content = renderChildren(of: definition, renderOptions: renderOptions)
            let backlinks = markup.backlinks(number, uses: count)
            // Backlinks go inside the last paragraph; otherwise in one of their own.
            let listHTML: String
            if endsWithParagraph, content.hasSuffix("</p>") {
                listHTML = String(content.dropLast(4)) + " " + backlinks + "</p>"
            } else {
                listHTML = content + (content.isEmpty ? "" : "\n") + "<p>" + backlinks + "</p>"
            }
            notes.append(RenderedNoteParts(
                number: number,
                referenceIDs: (1...max(count, 1)).map { markup.referenceID(number, use: $0) },
                contentHTML: content, listHTML: listHTML))
            cmark_node_unlink(definition)
        }
        for definition in definitions {
            forgetNodes(in: definition)
            cmark_node_free(definition)
        }
        return notes
    }

    /// The HTML of a node's children, as if they were a document of their own.
    private mutating func renderChildren(of node: OpaquePointer, renderOptions: Int32) -> String {
        guard let holder = cmark_node_new(CMARK_NODE_DOCUMENT) else { return "" }
        defer {
            forgetNodes(in: holder)
            cmark_node_free(holder)
        }
        while let child = cmark_node_first_child(node) {
            cmark_node_unlink(child)
            cmark_node_append_child(holder, child)
        }
        var html = MarkdownRenderer.html(holder, renderOptions)
        while html.hasSuffix("\n") { html.removeLast() }
        return html
    }

    @discardableResult
    private func replace(_ node: OpaquePointer, withInlineHTML html: String) -> OpaquePointer? {
        guard let replacement = cmark_node_new(CMARK_NODE_HTML_INLINE) else { return nil }
        cmark_node_set_literal(replacement, html)
        cmark_node_insert_before(node, replacement)
        cmark_node_unlink(node)
        cmark_node_free(node)
        return replacement
    }

    /// Definitions cmark-gfm dropped (never referenced) or ignored (a second one with the same label).
    mutating func checkUnusedDefinitions(definitionLines: Set<Int32>) {
        // cmark-gfm matches labels as link labels: case-insensitively, so `[^x]` and `[^X]` are one note.
        var seen: [String: Int] = [:]
        for definition in FootnoteDefinitionScanner.scan(markdown) {
            let key = definition.label.lowercased()
            defer { if seen[key] == nil { seen[key] = definition.line } }
            if definitionLines.contains(Int32(definition.line)) { continue }
            if let first = seen[key] {
                diagnostics.append(.error(
                    "duplicate-footnote", "footnote [^\(definition.label)] is defined twice; the first definition is on line \(first + lineOffset)",
                    at: location(definition.line, definition.column)))
            } else {
                diagnostics.append(.error(
                    "unused-footnote", "footnote [^\(definition.label)] is defined but never referenced, so it would be dropped",
                    at: location(definition.line, definition.column)))
            }
        }
    }

    /// Headings get unique ids; a `#` heading would be a second h1 next to the title, so it becomes h2.
    mutating func replaceHeadings(_ nodes: [OpaquePointer], renderOptions: Int32) {
        for node in nodes {
            var level = Int(cmark_node_get_heading_level(node))
            if level == 1 {
                diagnostics.append(.warning(
                    "heading-level", "a `#` heading would repeat the page's title level; it is shown as `##`",
                    at: location(of: node)))
                level = 2
            }
            let text = plainText(of: node)
            let id = slugger.id(for: text)
            let marks = expectedMarks(in: node, renderOptions: renderOptions)
            // cmark-gfm's renderer looks at a paragraph's parent, so the holder is a whole document.
            guard let holder = cmark_node_new(CMARK_NODE_DOCUMENT) else { continue }
            guard let paragraph = cmark_node_new(CMARK_NODE_PARAGRAPH) else { cmark_node_free(holder); continue }
            cmark_node_append_child(holder, paragraph)
            while let child = cmark_node_first_child(node) {
                cmark_node_unlink(child)
                cmark_node_append_child(paragraph, child)
            }
            let inner = Self.inlineHTML(holder, renderOptions)
            // The contents list links each heading: its copy there has no link or note reference of its own.
            let contents = withoutLinksOrReferences(paragraph) ? Self.inlineHTML(holder, renderOptions) : inner
            forgetNodes(in: holder)
            cmark_node_free(holder)
            headings.append(Heading(level: level, text: text, html: inner, id: id,
                                    line: Int(cmark_node_get_start_line(node)) + lineOffset, contentsHTML: contents))
            guard let block = cmark_node_new(CMARK_NODE_HTML_BLOCK) else { continue }
            cmark_node_set_literal(block, "<h\(level) id=\"\(id)\">\(inner)</h\(level)>\n")
            headingMarks[block] = marks
            cmark_node_insert_before(node, block)
            cmark_node_unlink(node)
            cmark_node_free(node)
        }
    }

    /// The HTML of the one paragraph a holder document holds, without the paragraph's tags.
    static func inlineHTML(_ holder: OpaquePointer, _ renderOptions: Int32) -> String {
        var inner = MarkdownRenderer.html(holder, renderOptions)
        if inner.hasPrefix("<p>") { inner.removeFirst(3) }
        while inner.hasSuffix("\n") { inner.removeLast() }
        if inner.hasSuffix("</p>") { inner.removeLast(4) }
        return inner
    }

    /// Takes links (keeping their text), note references and hand-written `<a>` tags out of
    /// `node`'s descendants. Returns whether there was any.
    mutating func withoutLinksOrReferences(_ node: OpaquePointer) -> Bool {
        var links: [OpaquePointer] = [], dropped: [OpaquePointer] = []
        let references = referenceNodes
        // Collected first: the tree must not change while it is walked.
        Self.enter(node) { child, _ in
            switch cmark_node_get_type(child) {
            case CMARK_NODE_LINK:
                links.append(child)
            case CMARK_NODE_HTML_INLINE:
                if references[child] != nil || Self.isAnchorTag(literalBytes(child)) { dropped.append(child) }
            default:
                break
            }
        }
        for child in dropped {
            referenceNodes[child] = nil
            cmark_node_unlink(child)
            cmark_node_free(child)
        }
        for link in links {
            while let inside = cmark_node_first_child(link) {
                cmark_node_unlink(inside)
                cmark_node_insert_before(link, inside)
            }
            cmark_node_unlink(link)
            cmark_node_free(link)
        }
        return !links.isEmpty || !dropped.isEmpty
    }

    /// `<a>`, `<a …>` or `</a>`, as an author may write inside a heading.
    static func isAnchorTag(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var text = Substring(String(decoding: bytes, as: UTF8.self))
        guard text.hasPrefix("<"), text.hasSuffix(">") else { return false }
        text = text.dropFirst().dropLast()
        if text.hasPrefix("/") { text = text.dropFirst() }
        guard text.hasPrefix("a") else { return false }
        text = text.dropFirst()
        return text.isEmpty || text.first!.isWhitespace
    }

    /// Forgets the reference and heading nodes below `node`, which is about to be freed: a node
    /// made later may take the same address.
    mutating func forgetNodes(in node: OpaquePointer) {
        guard !referenceNodes.isEmpty || !headingMarks.isEmpty else { return }
        var below: [OpaquePointer] = []
        Self.enter(node) { child, _ in below.append(child) }
        for child in below {
            referenceNodes[child] = nil
            headingMarks[child] = nil
        }
    }

    /// The text of a node's descendants (text, code, and line breaks as spaces).
    func plainText(of node: OpaquePointer) -> String {
        var out = ""
        Self.enter(node) { child, _ in
            switch cmark_node_get_type(child) {
            case CMARK_NODE_TEXT, CMARK_NODE_CODE: out += literal(child)
            case CMARK_NODE_SOFTBREAK, CMARK_NODE_LINEBREAK: out += " "
            default: break
            }
        }
        return out
    }

    /// The body's HTML, rendered one top-level node at a time (the same bytes as rendering the
    /// document whole: every block ends its own line), with each block's range and the marks
    /// found in it. A mark is looked for only where its node rendered, by its exact text, so text
    /// that merely looks like one (escaped by cmark-gfm anyway) is never taken for it.
    mutating func renderBody(_ document: OpaquePointer, renderOptions: Int32) -> (String, [Range<Int>], [BodyMark]) {
        var body: [UInt8] = []
        var blocks: [Range<Int>] = []
        var marks: [BodyMark] = []
        var pending: [Range<Int>] = []
        var open = 0
        var next = cmark_node_first_child(document)
        while let node = next {
            next = cmark_node_next(node)
            let expected = expectedMarks(in: node, renderOptions: renderOptions)
            let start = body.count
            MarkdownRenderer.appendHTML(node, renderOptions, to: &body)
            var cursor = start
            for mark in expected {
                guard let found = body.withUnsafeBufferPointer({ ByteSearch.find(mark.literal, in: $0, from: cursor) }) else { continue }
                marks.append(BodyMark(range: found..<found + mark.literal.count, kind: mark.kind))
                cursor = found + mark.literal.count
            }
            guard body.count > start else { continue }
            // A raw HTML wrapper around Markdown is several top-level nodes (`<details>`, the
            // paragraphs, `</details>`) but one block to a reader: keep them together until it
            // closes. One that never closes leaves each node a block of its own.
            pending.append(start..<body.count)
            if cmark_node_get_type(node) == CMARK_NODE_HTML_BLOCK, headingMarks[node] == nil {
                open = max(0, open + RawHTMLNesting.change(Array(literalBytes(node))))
            }
            if open == 0 {
                blocks.append(pending[0].lowerBound..<body.count)
                pending = []
            }
        }
        blocks += pending
        return (String(decoding: body, as: UTF8.self), blocks, marks)
    }

    /// The marks a node's HTML will hold, in document order, with the exact text of each.
    func expectedMarks(in root: OpaquePointer, renderOptions: Int32) -> [ExpectedMark] {
        var marks: [ExpectedMark] = []
        Self.enter(root) { node, iterator in
            switch cmark_node_get_type(node) {
            case CMARK_NODE_IMAGE:
                // Its children are written only as escaped alt text, never as themselves: look no
                // further inside (their text could match something later and skip marks between).
                cmark_iter_reset(iterator, node, CMARK_EVENT_EXIT)
                // cmark-gfm writes an image the same alone as in its paragraph.
                var html: [UInt8] = []
                MarkdownRenderer.appendHTML(node, renderOptions, to: &html)
                let prefix = Array("<img src=\"".utf8)
                guard html.starts(with: prefix), html.reversed().starts(with: "\" />".utf8.reversed()),
                      let end = html[prefix.count...].firstIndex(of: UInt8(ascii: "\"")) else { return }
                let src = String(decoding: html[prefix.count..<end], as: UTF8.self)
                marks.append(ExpectedMark(literal: html, kind: .image(src: src)))
            case CMARK_NODE_HTML_INLINE, CMARK_NODE_HTML_BLOCK:
                if let reference = referenceNodes[node] {
                    marks.append(ExpectedMark(literal: Array(literalBytes(node)), kind: .reference(note: reference.note, use: reference.use)))
                } else if let inHeading = headingMarks[node] {
                    marks += inHeading
                } else if literalBytes(node).count > 0 {
                    marks.append(ExpectedMark(literal: Array(literalBytes(node)), kind: .rawHTML))
                }
            default:
                break
            }
        }
        return marks
    }


    /// Collects every destination for the link checks, neutralises script URLs (the renderer runs
    /// "unsafe" for our own markup, so cmark's own URL filter is off) and roots `/` links.
    mutating func collectLinks(_ nodes: [OpaquePointer]) {
        for node in nodes {
            let url = cmark_node_get_url(node).map { String(cString: $0) } ?? ""
            if LinkSafety.isDangerous(url) {
                diagnostics.append(.error(
                    "unsafe-url", "the link `\(url.prefix(60))` uses a scheme that can run code and was removed",
                    at: location(of: node)))
                cmark_node_set_url(node, "")
            } else if rootPath != "/", url.hasPrefix("/"), !url.hasPrefix("//") {
                cmark_node_set_url(node, rootPath + url.dropFirst())
            }
            links.append(MarkdownLink(
                destination: url, isImage: cmark_node_get_type(node) == CMARK_NODE_IMAGE,
                text: plainText(of: node),
                line: Int(cmark_node_get_start_line(node)) + lineOffset,
                column: Int(cmark_node_get_start_column(node))))
        }
    }
}

extension UnsafeBufferPointer<UInt8> {
    /// True when the two bytes occur next to each other.
    fileprivate func containsPair(_ a: UInt8, _ b: UInt8) -> Bool {
        guard let base = baseAddress else { return false }
        var from = 0
        while from < count, let hit = memchr(base + from, Int32(a), count - from) {
            let at = UnsafeRawPointer(hit) - UnsafeRawPointer(base)
            if at + 1 < count && self[at + 1] == b { return true }
            from = at + 1
        }
        return false
    }
}

extension String {
    fileprivate var trimmingLeadingSpaces: Substring { drop { $0 == " " || $0 == "\n" || $0 == "\t" } }
}
