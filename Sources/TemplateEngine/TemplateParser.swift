/// Mustache text → nodes, with the specification's whitespace rules: a line holding nothing
/// but one section, comment, partial, block or delimiter tag is "standalone" and leaves no
/// trace in the output; a standalone partial's leading whitespace indents each of its lines; a
/// block's lines lose the indentation they were written with and take the one where they are
/// shown (`~inheritance`).
struct TemplateParser {
    private let bytes: [UInt8]
    private var pos = 0
    private var line = 1
    private var lineStart = 0
    private var open: [UInt8] = Array("{{".utf8)
    private var close: [UInt8] = Array("}}".utf8)
    /// For each standalone block being read, the indentation of its first line, which every
    /// line of it loses.
    private var strips: [[UInt8]?] = []
    private var sectionDepth = 0
    private var references: [TemplateReference] = []

    private struct Tag {
        var kind: UInt8
        var name: String
        var end: Int
        var line: Int
        var column: Int
    }

    private enum Container {
        case root
        case section(Tag)
        case parent(Tag)
        case block(Tag)

        var tag: Tag? {
            switch self {
            case .root: return nil
            case .section(let tag), .parent(let tag), .block(let tag): return tag
            }
        }
    }

    private struct Body {
        var nodes: [TemplateNode] = []
        var blocks: [String: [TemplateNode]] = [:]
        var close: Tag?
    }

    static func parse(_ text: String) throws(TemplateSyntaxError) -> ([TemplateNode], [TemplateReference]) {
        var parser = TemplateParser(bytes: Array(text.utf8))
        let nodes = try parser.body(.root).nodes
        return (nodes, parser.references)
    }

    private mutating func reference(_ tag: Tag, isParent: Bool) {
        references.append(TemplateReference(name: tag.name, isParent: isParent, line: tag.line, column: tag.column,
                                            isConditional: sectionDepth > 0))
    }

    private init(bytes: [UInt8]) { self.bytes = bytes }

    private static let space = UInt8(ascii: " "), tab = UInt8(ascii: "\t"), newline = UInt8(ascii: "\n"),
                        cr = UInt8(ascii: "\r")

    private mutating func body(_ container: Container) throws(TemplateSyntaxError) -> Body {
        var result = Body()
        var pendingIndent = false
        var whitespace: [UInt8] = []
        var onlyWhitespace = false
        let inParent: Bool
        if case .parent = container { inParent = true } else { inParent = false }

        func flush(_ result: inout Body) {
            if pendingIndent { result.nodes.append(.indent); pendingIndent = false }
            if !whitespace.isEmpty { result.nodes.append(.text(whitespace)); whitespace = [] }
            onlyWhitespace = false
        }

        /// A standalone tag's line leaves nothing behind; otherwise the whitespace before it stays.
        func dropLineOrFlush(_ result: inout Body, _ lineEnd: Int?) {
            if let lineEnd {
                skip(to: lineEnd)
                whitespace = []
                pendingIndent = false
            } else {
                flush(&result)
            }
        }

        while true {
            if pos == lineStart && pos < bytes.count {
                whitespace = lineIndentation()
                pendingIndent = true
                onlyWhitespace = true
            }
            let textStart = pos
            while pos < bytes.count, bytes[pos] != Self.newline, !startsWith(open, at: pos) { pos += 1 }
            if pos > textStart {
                flush(&result)
                result.nodes.append(.text(Array(bytes[textStart..<pos])))
            }
            if pos == bytes.count {
                if !whitespace.isEmpty { flush(&result) }
                break
            }
            if bytes[pos] == Self.newline {
                flush(&result)
                result.nodes.append(.text([Self.newline]))
                pos += 1
                line += 1
                lineStart = pos
                continue
            }
            let tag = try readTag()
            let lineEnd = blankRest(from: tag.end)
            let standalone = onlyWhitespace && lineEnd != nil
            switch tag.kind {
            case UInt8(ascii: "!"), UInt8(ascii: "="):
                dropLineOrFlush(&result, standalone ? lineEnd : nil)
            case UInt8(ascii: "#"), UInt8(ascii: "^"):
                if inParent { throw error(.illegalInsideParent, tag) }
                dropLineOrFlush(&result, standalone ? lineEnd : nil)
                sectionDepth += 1
                let inner = try body(.section(tag))
                sectionDepth -= 1
                result.nodes.append(.section(TemplateName(tag.name), inner.nodes, inverted: tag.kind == UInt8(ascii: "^")))
            case UInt8(ascii: "/"):
                guard let opened = container.tag else { throw error(.strayClose(tag.name), tag) }
                guard opened.name == tag.name else {
                    throw error(.mismatchedClose(closes: tag.name, opened: opened.name,
                                                 openedKind: Character(Unicode.Scalar(opened.kind)), openedLine: opened.line), tag)
                }
                if !inParent {
                    if standalone {
                        skip(to: lineEnd!)
                    } else {
                        // Nothing of this body is on the line: no indentation for it either.
                        if whitespace.isEmpty { pendingIndent = false }
                        flush(&result)
                    }
                }
                result.close = tag
                return result
            case UInt8(ascii: ">"):
                if inParent { throw error(.illegalInsideParent, tag) }
                reference(tag, isParent: false)
                if standalone {
                    skip(to: lineEnd!)
                    result.nodes.append(.partial(tag.name, whitespace.isEmpty ? nil : TemplateIndentation(bytes: whitespace, skipsFirstLine: false)))
                    whitespace = []
                    pendingIndent = false
                } else {
                    flush(&result)
                    result.nodes.append(.partial(tag.name, nil))
                }
            case UInt8(ascii: "<"):
                if inParent { throw error(.illegalInsideParent, tag) }
                let atLineStart = onlyWhitespace
                reference(tag, isParent: true)
                let inner = try body(.parent(tag))
                var indentation: TemplateIndentation?
                if atLineStart, let end = blankRest(from: inner.close!.end) {
                    // The parent's tags stand alone on their line(s), though not one per line.
                    skip(to: end)
                    if !whitespace.isEmpty { indentation = TemplateIndentation(bytes: whitespace, skipsFirstLine: false) }
                    whitespace = []
                    pendingIndent = false
                } else {
                    if atLineStart && !whitespace.isEmpty { indentation = TemplateIndentation(bytes: whitespace, skipsFirstLine: true) }
                    flush(&result)
                    pos = inner.close!.end
                }
                result.nodes.append(.parent(tag.name, indentation, blocks: inner.blocks))
            case UInt8(ascii: "$"):
                if inParent {
                    // An argument: its own line breaks count from the tag, whatever precedes it.
                    let standaloneOpen = lineEnd != nil
                    if standaloneOpen { skip(to: lineEnd!); strips.append(nil) }
                    let inner = try body(.block(tag))
                    if standaloneOpen { strips.removeLast() }
                    result.blocks[tag.name] = inner.nodes
                } else {
                    var indentation: TemplateIndentation?
                    let tagWhitespace = whitespace
                    if standalone {
                        skip(to: lineEnd!)
                        whitespace = []
                        pendingIndent = false
                        strips.append(nil)
                    } else {
                        if onlyWhitespace && !whitespace.isEmpty {
                            indentation = TemplateIndentation(bytes: whitespace, skipsFirstLine: true)
                        }
                        flush(&result)
                    }
                    let inner = try body(.block(tag))
                    if standalone {
                        // The block's own indentation: its first line's, or its tag's when empty.
                        let intrinsic = strips.removeLast() ?? tagWhitespace
                        if !intrinsic.isEmpty { indentation = TemplateIndentation(bytes: intrinsic, skipsFirstLine: false) }
                    }
                    result.nodes.append(.block(tag.name, inner.nodes, indentation))
                }
            default:
                if inParent { throw error(.illegalInsideParent, tag) }
                flush(&result)
                let escaped = tag.kind == 0
                result.nodes.append(.variable(TemplateName(tag.name), escaped: escaped))
            }
        }
        if let opened = container.tag { throw error(.unclosedSection(opened.name), opened) }
        return result
    }

    /// The spaces and tabs opening the line at `pos`, less what enclosing standalone blocks
    /// remove (the first line of each block sets how much).
    private mutating func lineIndentation() -> [UInt8] {
        let start = pos
        while pos < bytes.count, bytes[pos] == Self.space || bytes[pos] == Self.tab { pos += 1 }
        var whitespace = Array(bytes[start..<pos])
        for index in strips.indices {
            if let strip = strips[index] {
                var common = 0
                while common < strip.count, common < whitespace.count, strip[common] == whitespace[common] { common += 1 }
                whitespace.removeFirst(common)
            } else {
                strips[index] = whitespace
                whitespace = []
            }
        }
        return whitespace
    }

    /// Where the line after `index` ends (past its newline) if nothing but spaces and tabs
    /// stand before it; nil otherwise.
    private func blankRest(from index: Int) -> Int? {
        var i = index
        while i < bytes.count, bytes[i] == Self.space || bytes[i] == Self.tab { i += 1 }
        if i == bytes.count { return i }
        if bytes[i] == Self.newline { return i + 1 }
        if bytes[i] == Self.cr, i + 1 < bytes.count, bytes[i + 1] == Self.newline { return i + 2 }
        return nil
    }

    private mutating func skip(to end: Int) {
        pos = end
        if end > 0, bytes[end - 1] == Self.newline {
            line += 1
            lineStart = end
        }
    }

    private func startsWith(_ delimiter: [UInt8], at index: Int) -> Bool {
        guard index + delimiter.count <= bytes.count else { return false }
        for (offset, byte) in delimiter.enumerated() where bytes[index + offset] != byte { return false }
        return true
    }

    private func find(_ needle: [UInt8], from index: Int) -> Int? {
        var i = index
        while i + needle.count <= bytes.count {
            if startsWith(needle, at: i) { return i }
            i += 1
        }
        return nil
    }

    private func column(of index: Int) -> Int {
        var column = 1
        for byte in bytes[lineStart..<index] where byte & 0xC0 != 0x80 { column += 1 }
        return column
    }

    /// Reads the tag at `pos` (which starts with the opening delimiter) and moves past it.
    private mutating func readTag() throws(TemplateSyntaxError) -> Tag {
        let startLine = line, startColumn = column(of: pos)
        var tag = Tag(kind: 0, name: "", end: 0, line: startLine, column: startColumn)
        var p = pos + open.count
        if p < bytes.count, Self.sigils.contains(bytes[p]) {
            tag.kind = bytes[p]
            p += 1
        }
        let terminator: [UInt8]
        switch tag.kind {
        case UInt8(ascii: "{"): terminator = [UInt8(ascii: "}")] + close
        case UInt8(ascii: "="): terminator = [UInt8(ascii: "=")] + close
        default: terminator = close
        }
        guard let end = find(terminator, from: p) else { throw error(.unfinishedTag, tag) }
        let content = bytes[p..<end]
        if tag.kind != UInt8(ascii: "!"), content.contains(Self.newline) || find(open, in: content) {
            throw error(.unfinishedTag, tag)
        }
        tag.end = end + terminator.count
        for index in pos..<tag.end where bytes[index] == Self.newline {
            line += 1
            lineStart = index + 1
        }
        pos = tag.end
        if tag.kind == UInt8(ascii: "!") { return tag }
        let trimmed = String(decoding: content, as: UTF8.self).trimmingWhitespace()
        if tag.kind == UInt8(ascii: "=") {
            let parts = trimmed.split(whereSeparator: { $0 == " " || $0 == "\t" })
            guard parts.count == 2, !parts.contains(where: { $0.contains("=") }) else { throw error(.invalidSetDelimiter, tag) }
            open = Array(parts[0].utf8)
            close = Array(parts[1].utf8)
            return tag
        }
        guard !trimmed.isEmpty, !trimmed.contains(where: { $0 == " " || $0 == "\t" }) else {
            throw error(.invalidName(trimmed), tag)
        }
        tag.name = trimmed
        return tag
    }

    private func find(_ needle: [UInt8], in slice: ArraySlice<UInt8>) -> Bool {
        var i = slice.startIndex
        while i + needle.count <= slice.endIndex {
            if startsWith(needle, at: i) { return true }
            i += 1
        }
        return false
    }

    private static let sigils: Set<UInt8> = Set("#^/!>{&=<$".utf8)

    private func error(_ kind: TemplateSyntaxError.Kind, _ tag: Tag) -> TemplateSyntaxError {
        TemplateSyntaxError(kind: kind, line: tag.line, column: tag.column)
    }
}

extension String {
    fileprivate func trimmingWhitespace() -> String {
        let isSpace: (Character) -> Bool = { $0 == " " || $0 == "\t" || $0 == "\n" || $0 == "\r" }
        guard let first = firstIndex(where: { !isSpace($0) }), let last = lastIndex(where: { !isSpace($0) }) else { return "" }
        return String(self[first...last])
    }
}
