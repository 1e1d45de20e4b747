import MarkdownRender

/// Copies each note into the margin beside the block that cites it. The notes section stays the
/// one place screen readers and narrow screens read notes from; the copies are
/// `aria-hidden`, their links out of the tab order, and the theme shows them only on wide screens.
///
/// CSS alone cannot do this: the notes arrive as one list after the text, and no portable CSS
/// can move a list item beside a paragraph elsewhere on the page (anchor positioning cannot
/// keep two nearby notes from overlapping, and not every browser has it).
///
/// Each copy goes just before the top-level block (paragraph, list, table, quotation) that
/// holds the reference, so a floated copy starts level with that block.
enum Sidenotes {
    /// `body` with an `<aside class="sidenote">` before every top-level block that cites a note.
    /// Returns `body` unchanged when it has no notes or its top level cannot be told apart
    /// (only possible with malformed raw HTML). Works on the body's bytes in one buffer: this
    /// runs over every brief, and slicing and appending Strings was most of building its page.
    static func insert(into body: String, notes: [RenderedNote]) -> String {
        guard !notes.isEmpty else { return body }
        var byID: [String: RenderedNote] = [:]
        for note in notes { byID[note.id] = note }
        var text = body
        let result: String? = text.withUTF8 { bytes in
            guard let blocks = topLevelBlockRanges(bytes) else { return nil }
            var out: [UInt8] = []
            out.reserveCapacity(bytes.count * 2)
            for block in blocks {
                var seen: Set<Int> = []
                for id in referencedNoteIDs(in: UnsafeBufferPointer(rebasing: bytes[block])) {
                    guard let note = byID[id], seen.insert(note.number).inserted else { continue }
                    appendAside(note, to: &out)
                }
                out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[block]))
            }
            return String(decoding: out, as: UTF8.self)
        }
        return result ?? body
    }

    static func aside(_ note: RenderedNote) -> String {
        var out: [UInt8] = []
        appendAside(note, to: &out)
        return String(decoding: out, as: UTF8.self)
    }

    /// The margin copy of a note: its number first, its links out of the tab order. Written
    /// straight into the page's bytes; building it as Strings was half the cost of this step.
    static func appendAside(_ note: RenderedNote, to out: inout [UInt8]) {
        out += #"<aside class="sidenote" aria-hidden="true" data-pagefind-ignore>"#.utf8
        let number = #"<span class="sidenote-number">"# + String(note.number) + "</span> "
        // A note that cites another holds that reference's id: the copy must not repeat it.
        var html = withoutIDs(note.html)
        html.withUTF8 { bytes in
            // The number opens the note's first paragraph, or a paragraph of its own.
            let opensParagraph = bytes.starts(with: "<p>".utf8)
            out += "<p>".utf8
            out += number.utf8
            if !opensParagraph { out += "</p>\n".utf8 }
            var from = opensParagraph ? 3 : 0
            let link = Array("<a href=".utf8)
            while let found = ByteSearch.find(link, in: bytes, from: from) {
                out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[from..<found]))
                out += #"<a tabindex="-1" href="#.utf8
                from = found + link.count
            }
            out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[from...]))
        }
        out += "</aside>\n".utf8
    }

    /// `html` without its ` id="…"` attributes (the margin copy's ids would repeat the notes').
    static func withoutIDs(_ html: String) -> String {
        let marker = Array(#" id=""#.utf8)
        var text = html
        return text.withUTF8 { bytes -> String in
            guard ByteSearch.find(marker, in: bytes, from: 0) != nil else { return html }
            var out: [UInt8] = []
            out.reserveCapacity(bytes.count)
            var from = 0
            while let found = ByteSearch.find(marker, in: bytes, from: from) {
                out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[from..<found]))
                let valueStart = found + marker.count
                guard let end = bytes[valueStart...].firstIndex(of: UInt8(ascii: "\"")) else { from = found; break }
                from = end + 1
            }
            out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[from...]))
            return String(decoding: out, as: UTF8.self)
        }
    }

    /// The note ids the references in `html` point at, in order (`#<prefix>-fn-3` → `<prefix>-fn-3`).
    static func referencedNoteIDs(in html: UnsafeBufferPointer<UInt8>) -> [String] {
        var ids: [String] = []
        let marker = Array("<sup class=\"footnote-ref\"><a href=\"#".utf8)
        var i = 0
        while let found = ByteSearch.find(marker, in: html, from: i) {
            let idStart = found + marker.count
            guard let end = html[idStart...].firstIndex(of: UInt8(ascii: "\"")) else { break }
            ids.append(String(decoding: UnsafeBufferPointer(rebasing: html[idStart..<end]), as: UTF8.self))
            i = end
        }
        return ids
    }

    static let voidElements: Set<String> = [
        "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr",
    ]

    /// Splits HTML into its top-level pieces (each element with what follows it up to the next
    /// one), or nil when tags do not balance.
    static func topLevelBlocks(_ html: String) -> [Substring]? {
        var text = html
        guard let ranges = text.withUTF8({ topLevelBlockRanges($0) }) else { return nil }
        let utf8 = html.utf8
        return ranges.map { html[utf8.index(utf8.startIndex, offsetBy: $0.lowerBound)..<utf8.index(utf8.startIndex, offsetBy: $0.upperBound)] }
    }

    /// The byte ranges of the top-level pieces. Tag names are ASCII.
    static func topLevelBlockRanges(_ bytes: UnsafeBufferPointer<UInt8>) -> [Range<Int>]? {
        let lt = UInt8(ascii: "<"), gt = UInt8(ascii: ">"), slash = UInt8(ascii: "/")
        var blocks: [Range<Int>] = []
        var depth = 0
        var blockStart = 0
        var i = 0
        while let open = ByteSearch.find([lt], in: bytes, from: i) {
            if bytes[open...].starts(with: "<!--".utf8) {
                guard let end = ByteSearch.find(Array("-->".utf8), in: bytes, from: open) else { return nil }
                i = end + 3
                continue
            }
            guard let close = ByteSearch.find([gt], in: bytes, from: open) else { return nil }
            let tagStart = open + 1
            i = close + 1
            let closing = tagStart < close && bytes[tagStart] == slash
            let nameStart = closing ? tagStart + 1 : tagStart
            var j = nameStart
            var hasUpper = false
            while j < close {
                let b = bytes[j]
                let lower = b | 0x20
                guard (lower >= 0x61 && lower <= 0x7A) || (b >= 0x30 && b <= 0x39) || b == UInt8(ascii: "-") else { break }
                if b >= 0x41 && b <= 0x5A { hasUpper = true }
                j += 1
            }
            guard j > nameStart else { continue }
            // Tag names are short ASCII: a small String, no allocation, unless it needs lowercasing.
            let raw = String(decoding: UnsafeBufferPointer(rebasing: bytes[nameStart..<j]), as: UTF8.self)
            let name = hasUpper ? raw.lowercased() : raw
            let selfClosing = close > tagStart && bytes[close - 1] == slash
            if closing {
                depth -= 1
                if depth < 0 { return nil }
            } else if !voidElements.contains(name) && !selfClosing {
                if depth == 0, open != blockStart {
                    blocks.append(blockStart..<open)
                    blockStart = open
                }
                depth += 1
            } else if depth == 0, open != blockStart {
                blocks.append(blockStart..<open)
                blockStart = open
            }
            // Raw text elements: their content is not markup.
            if !closing, name == "script" || name == "style" || name == "textarea" {
                guard let end = ByteSearch.find(Array("</\(name)".utf8), in: bytes, from: i) else { return nil }
                i = end
            }
        }
        guard depth == 0 else { return nil }
        if blockStart < bytes.count { blocks.append(blockStart..<bytes.count) }
        return blocks
    }
}
