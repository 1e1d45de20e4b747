import Foundation

/// Writes the manuscript's body as Imprint's Markdown: Word's footnotes as `[^1]`…, headings as
/// `##` (Word's Heading 1, or a bold line on its own), emphasis, links, lists, tables, block
/// quotes, images renamed `figure-1.png`… with their caption and credit kept below them. Tracked
/// changes are accepted; comments and anything left out are recorded with the line they were on.
struct MarkdownWriter {
    /// Where an image of the manuscript goes: Pandoc's extracted file and its name beside the brief.
    struct Image: Equatable {
        var source: String
        var name: String
    }

    private(set) var notes: [String] = []
    private(set) var images: [Image] = []
    private(set) var headings = 0
    private(set) var tables = 0
    private(set) var review = ReviewLog()
    /// Images without a description, by line.
    private(set) var imagesWithoutAlt: [Int] = []
    /// What Markdown cannot hold (raw Word XML, embedded objects), by kind.
    private(set) var dropped: [String: Int] = [:]
    /// The line of the body the block being written starts on.
    private var line = 1

    /// The body, notes and their definitions at the end.
    mutating func body(_ blocks: [PandocBlock]) -> String {
        var out = ""
        var lines = 1
        var i = 0
        var previous: PandocBlock?
        while i < blocks.count {
            line = out.isEmpty ? 1 : lines + 2
            var consumed = 1
            let text: String
            if let figure = figure(blocks, at: i, consumed: &consumed) {
                text = figure
            } else if i + 1 < blocks.count, case .table(let table) = blocks[i + 1], !table.caption.isEmpty,
                      InlineText.plain(blocks[i]) == table.caption.map(InlineText.plain).joined(separator: " ") {
                // Pandoc gives a table's caption twice: as the paragraph before it and inside it.
                text = ""
            } else {
                text = block(blocks[i], topLevel: true)
            }
            let current = blocks[i]
            i += consumed
            guard !text.isEmpty else { continue }
            if !out.isEmpty {
                let gap = Self.gap(after: previous, before: current)
                out += gap
                lines += gap.reduce(0) { $1 == "\n" ? $0 + 1 : $0 }
            }
            previous = current
            out += text
            lines += text.reduce(0) { $1 == "\n" ? $0 + 1 : $0 }
        }
        if !notes.isEmpty {
            out += "\n\n" + notes.enumerated().map { "[^\($0.offset + 1)]: " + indent($0.element, by: 4, first: false) }
                .joined(separator: "\n\n")
        }
        return out + "\n"
    }

    // MARK: Blocks

    private mutating func block(_ block: PandocBlock, topLevel: Bool = false) -> String {
        switch block {
        case .para(let inlines), .plain(let inlines):
            if topLevel, let heading = boldLineHeading(inlines) {
                headings += 1
                return "## " + heading
            }
            return guardLineStarts(inline(inlines))
        case .header(let level, let inlines):
            headings += 1
            return String(repeating: "#", count: min(level + 1, 6)) + " " + headingText(inline(inlines))
        case .lineBlock(let lines):
            return lines.map { guardLineStarts(inline($0)) }.joined(separator: "\\\n")
        case .codeBlock(let code):
            let fence = String(repeating: "`", count: max(3, longestRun(of: "`", in: code) + 1))
            return fence + "\n" + code + "\n" + fence
        case .rawBlock(let format, _):
            dropped["raw \(format)", default: 0] += 1
            return ""
        case .blockQuote(let blocks):
            return blocks.map { self.block($0) }.filter { !$0.isEmpty }.joined(separator: "\n\n")
                .split(separator: "\n", omittingEmptySubsequences: false).map { $0.isEmpty ? ">" : "> " + $0 }.joined(separator: "\n")
        case .orderedList(let start, let items):
            // CommonMark numbers have at most nine digits; a larger start from the file is not kept.
            let first = start >= 0 && start <= 999_999_999 - items.count ? start : 1
            return items.enumerated().map { n, item in
                let marker = "\(first + n). "
                return marker + indent(blocks(item), by: marker.count, first: false)
            }.joined(separator: "\n")
        case .bulletList(let items):
            return items.map { "- " + indent(blocks($0), by: 2, first: false) }.joined(separator: "\n")
        case .definitionList(let items):
            return items.map { item in
                (["**" + inline(item.term) + "**"] + item.definitions.map { blocks($0) }).joined(separator: "\n\n")
            }.joined(separator: "\n\n")
        case .horizontalRule:
            return "* * *"
        case .table(let table):
            tables += 1
            return self.table(table)
        case .div(_, let blocks):
            return self.blocks(blocks)
        case .null:
            return ""
        }
    }

    private mutating func blocks(_ blocks: [PandocBlock]) -> String {
        var out = ""
        var previous: PandocBlock?
        for block in blocks {
            let text = self.block(block)
            guard !text.isEmpty else { continue }
            if !out.isEmpty { out += Self.gap(after: previous, before: block) }
            out += text
            previous = block
        }
        return out
    }

    /// Two lists of one kind in a row would be read back as one list, losing the second's
    /// restarted numbering: an empty comment keeps them apart, as Pandoc's own writer does.
    private static func gap(after previous: PandocBlock?, before next: PandocBlock) -> String {
        switch (previous, next) {
        case (.orderedList?, .orderedList), (.bulletList?, .bulletList): return "\n\n<!-- -->\n\n"
        default: return "\n\n"
        }
    }

    /// A paragraph that is one bold phrase, short and without a full stop: a heading written by hand.
    private mutating func boldLineHeading(_ inlines: [PandocInline]) -> String? {
        let content = inlines.filter { $0 != .space && $0 != .softBreak }
        guard content.count == 1, case .strong(let inner) = content[0] else { return nil }
        let text = InlineText.plain(inner).trimmingCharacters(in: .whitespaces)
        guard !text.isEmpty, text.count <= 120, !text.hasSuffix("."), !text.hasSuffix(":") else { return nil }
        return headingText(inline(inner))
    }

    /// A heading on one line; a closing `#` would be read as the end of the heading's marks.
    private func headingText(_ markdown: String) -> String {
        var text = markdown.replacingOccurrences(of: "\\\n", with: " ").replacingOccurrences(of: "\n", with: " ")
            .trimmingCharacters(in: .whitespaces)
        if text.hasSuffix("#") { text = String(text.dropLast()) + "\\#" }
        return text
    }

    /// An image alone in its paragraph, with the caption ("Figure 1: …") and credit ("Source: …")
    /// paragraphs that follow it kept below it.
    private mutating func figure(_ blocks: [PandocBlock], at i: Int, consumed: inout Int) -> String? {
        guard case .para(let inlines) = blocks[i] else { return nil }
        let content = inlines.filter { $0 != .space && $0 != .softBreak }
        guard content.count == 1, case .image(_, let alt, let url, _) = content[0] else { return nil }
        var captions: [String] = [], plainCaptions: [String] = []
        var j = i + 1
        while j < blocks.count, j <= i + 2, case .para(let next) = blocks[j], Self.isCaption(InlineText.plain(next)) {
            captions.append(inline(next))
            plainCaptions.append(InlineText.plain(next))
            j += 1
        }
        consumed = j - i
        var description = InlineText.plain(alt).trimmingCharacters(in: .whitespaces)
        if description.isEmpty, let first = plainCaptions.first { description = first }
        let image = imageMarkdown(url: url, alt: description)
        guard !captions.isEmpty else { return image }
        // The caption in italics, the credit after it.
        let parts = captions.enumerated().map { $0.offset == 0 && !Self.isCredit($0.element) ? "*" + $0.element + "*" : $0.element }
        return image + "\n\n" + guardLineStarts(parts.joined(separator: " "))
    }

    static func isCaption(_ text: String) -> Bool {
        text.range(of: #"^(Figure|Fig\.|Chart|Graph|Map|Exhibit|Box|Table|Photo)\s*\d+[.:]"#, options: [.regularExpression, .caseInsensitive]) != nil
            || isCredit(text)
    }

    static func isCredit(_ text: String) -> Bool {
        text.range(of: #"^\s*\**(Sources?|Credit|Photo|Image|Note|Notes)\**\s*:"#, options: [.regularExpression, .caseInsensitive]) != nil
    }

    private mutating func table(_ table: PandocTable) -> String {
        var head = table.head.first
        var rows = Array(table.head.dropFirst()) + table.rows
        if head == nil, !rows.isEmpty { head = rows.removeFirst() }
        let width = ([head?.count ?? 0] + rows.map(\.count)).max() ?? 0
        guard width > 0, let head else { return "" }
        func cells(_ row: [[PandocBlock]]) -> String {
            let texts = (0..<width).map { i in
                i < row.count ? row[i].map { cellText($0) }.filter { !$0.isEmpty }.joined(separator: " ") : ""
            }
            return "| " + texts.joined(separator: " | ") + " |"
        }
        let rule = (0..<width).map { i -> String in
            switch i < table.alignments.count ? table.alignments[i] : .standard {
            case .left: return ":---"
            case .right: return "---:"
            case .center: return ":---:"
            case .standard: return "---"
            }
        }
        var lines = [cells(head), "| " + rule.joined(separator: " | ") + " |"] + rows.map(cells)
        if !table.caption.isEmpty {
            lines.append("")
            lines.append("*" + table.caption.map { cellText($0) }.joined(separator: " ") + "*")
        }
        return lines.joined(separator: "\n")
    }

    /// A cell on one line, its pipes escaped (text is escaped already; a code span is not).
    private mutating func cellText(_ block: PandocBlock) -> String {
        var out = "", escaped = false
        for c in self.block(block).replacingOccurrences(of: "\\\n", with: " ").replacingOccurrences(of: "\n", with: " ") {
            if c == "|", !escaped { out += "\\" }
            out.append(c)
            escaped = c == "\\" && !escaped
        }
        return out
    }

    // MARK: Inlines

    private mutating func inline(_ inlines: [PandocInline]) -> String {
        var out = ""
        for (k, element) in inlines.enumerated() {
            let mark: String
            let inner: [PandocInline]
            switch element {
            case .emph(let x): (mark, inner) = ("*", x)
            case .strong(let x): (mark, inner) = ("**", x)
            case .strikeout(let x): (mark, inner) = ("~~", x)
            default:
                out += inline(element)
                continue
            }
            let next = k + 1 < inlines.count ? InlineText.plain([inlines[k + 1]]).first : nil
            out += emphasis(mark, inline(inner), before: out.last, after: next)
        }
        return out
    }

    /// Emphasis marks hug their text: spaces inside them move outside, where Markdown needs them.
    /// CommonMark reads a mark beside a letter or digit on one side and punctuation on the other
    /// (`(x)*(y)*z`) as text, so there the words are written without it, and counted.
    private mutating func emphasis(_ mark: String, _ text: String, before: Character?, after: Character?) -> String {
        let core = text.trimmingCharacters(in: .whitespaces)
        guard let first = core.first, let last = core.last else { return text }
        let leading = String(text.prefix { $0 == " " }), trailing = String(text.reversed().prefix { $0 == " " })
        let outsideBefore = leading.isEmpty ? before : " ", outsideAfter = trailing.isEmpty ? after : " "
        let opens = !(Self.isPunctuation(first) && (outsideBefore.map(Self.isWordCharacter) ?? false))
        let closes = !(Self.isPunctuation(last) && (outsideAfter.map(Self.isWordCharacter) ?? false))
        guard opens && closes else {
            dropped["emphasis Markdown cannot mark there (kept as plain text)", default: 0] += 1
            return text
        }
        return leading + mark + core + mark + trailing
    }

    private static func isPunctuation(_ c: Character) -> Bool { c.isPunctuation || c.isSymbol }
    private static func isWordCharacter(_ c: Character) -> Bool { c.isLetter || c.isNumber }

    private mutating func inline(_ element: PandocInline) -> String {
        switch element {
        case .str(let text): return Self.escape(text)
        case .emph(let inner): return emphasis("*", inline(inner), before: nil, after: nil)
        case .strong(let inner): return emphasis("**", inline(inner), before: nil, after: nil)
        case .strikeout(let inner): return emphasis("~~", inline(inner), before: nil, after: nil)
        case .plainStyle(let inner): return inline(inner)
        case .quoted(let double, let inner):
            return (double ? "\u{201C}" : "\u{2018}") + inline(inner) + (double ? "\u{201D}" : "\u{2019}")
        case .code(let code):
            let fence = String(repeating: "`", count: longestRun(of: "`", in: code) + 1)
            let pad = code.hasPrefix("`") || code.hasSuffix("`") ? " " : ""
            return fence + pad + code + pad + fence
        case .space, .softBreak: return " "
        case .lineBreak: return "\\\n"
        case .math(let text): return Self.escape(text)
        case .rawInline(let format, _):
            dropped["raw \(format)", default: 0] += 1
            return ""
        case .link(let inner, let url, let title):
            let text = inline(inner)
            guard !url.isEmpty else { return text }
            if InlineText.plain(inner) == url, url.hasPrefix("http") || url.hasPrefix("mailto:"),
               !url.contains(where: { $0 == " " || $0 == "<" || $0 == ">" }) { return "<" + url + ">" }
            return "[" + text + "](" + Self.destination(url) + (title.isEmpty ? "" : " \"" + title.replacingOccurrences(of: "\"", with: "\\\"") + "\"") + ")"
        case .image(_, let alt, let url, _):
            return imageMarkdown(url: url, alt: InlineText.plain(alt).trimmingCharacters(in: .whitespaces))
        case .note(let blocks):
            let text = self.blocks(blocks)
            // An empty Word footnote would be an empty note, an error once published.
            if text.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty {
                dropped["empty footnote", default: 0] += 1
                return ""
            }
            notes.append(text)
            return "[^\(notes.count)]"
        case .span(let attr, let inner):
            switch ReviewMark(attr) {
            case .insertion:
                review.insertions += 1
                review.changedLines.insert(line)
                if let author = attr.values["author"] { review.authors.insert(author) }
                return inline(inner)
            case .deletion:
                review.deletions += 1
                review.changedLines.insert(line)
                if let author = attr.values["author"] { review.authors.insert(author) }
                return ""
            case .commentStart:
                review.comments.append(ReviewLog.Comment(
                    line: line, author: attr.values["author"] ?? "", date: attr.values["date"] ?? "",
                    text: InlineText.plain(inner).trimmingCharacters(in: .whitespaces)))
                return ""
            case .commentEnd:
                return ""
            case nil:
                return inline(inner)
            }
        }
    }

    private mutating func imageMarkdown(url: String, alt: String) -> String {
        if alt.isEmpty { imagesWithoutAlt.append(line) }
        let name: String
        if let known = images.first(where: { $0.source == url }) {
            name = known.name
        } else if url.hasPrefix("http://") || url.hasPrefix("https://") {
            name = url
        } else {
            let ext = URL(fileURLWithPath: url).pathExtension.lowercased()
            let safe = ext.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber) } && !ext.isEmpty ? ext : "bin"
            name = "figure-\(images.count + 1).\(safe == "jpeg" ? "jpg" : safe)"
            images.append(Image(source: url, name: name))
        }
        return "![" + Self.escape(alt) + "](" + Self.destination(name) + ")"
    }

    // MARK: Text

    /// Backslashes before the characters Markdown would read as marks.
    static func escape(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.count)
        for character in text {
            if "\\`*_[]<>|~&".contains(character) { out.append("\\") }
            out.append(character)
        }
        return out
    }

    /// A line that would start a heading, quote, list or rule is kept a paragraph.
    private func guardLineStarts(_ text: String) -> String {
        text.split(separator: "\n", omittingEmptySubsequences: false).map { line -> String in
            let trimmed = line.drop { $0 == " " }
            guard let first = trimmed.first else { return String(line) }
            if "#>-+=".contains(first) { return "\\" + trimmed }
            let digits = trimmed.prefix { $0.isNumber }
            if !digits.isEmpty, digits.count <= 9, let next = trimmed.dropFirst(digits.count).first, next == "." || next == ")" {
                return digits + "\\" + trimmed.dropFirst(digits.count)
            }
            return String(trimmed)
        }.joined(separator: "\n")
    }

    /// A link destination: `<…>` when it holds spaces or brackets.
    static func destination(_ url: String) -> String {
        url.contains(where: { $0 == " " || $0 == "(" || $0 == ")" || $0 == "<" || $0 == ">" })
            ? "<" + url.replacingOccurrences(of: "<", with: "%3C").replacingOccurrences(of: ">", with: "%3E") + ">"
            : url
    }

    private func indent(_ text: String, by spaces: Int, first: Bool) -> String {
        let pad = String(repeating: " ", count: spaces)
        return text.split(separator: "\n", omittingEmptySubsequences: false).enumerated().map { i, line in
            (i == 0 && !first) || line.isEmpty ? String(line) : pad + line
        }.joined(separator: "\n")
    }

    private func longestRun(of character: Character, in text: String) -> Int {
        var longest = 0, current = 0
        for c in text {
            current = c == character ? current + 1 : 0
            longest = max(longest, current)
        }
        return longest
    }
}
