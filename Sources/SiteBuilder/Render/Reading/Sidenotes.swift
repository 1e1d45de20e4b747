import MarkdownRender
import SiteModel

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
    /// `body` with an `<aside class="sidenote">` before every top-level block that cites a note:
    /// the blocks and the notes each cites come from the tree the body was rendered from
    /// (`MarkedBody`), so raw HTML, however it nests, cannot hide a block or a reference.
    /// `blocks` are `body`'s own (after its images were given sizes); `cited` is per block.
    static func insert(into body: String, blocks: [Range<Int>], cited: [[Int]], notes: [RenderedNote]) -> String {
        guard !notes.isEmpty, cited.contains(where: { !$0.isEmpty }) else { return body }
        let byNumber = MarkedBody.byNumber(notes)
        var text = body
        return text.withUTF8 { bytes in
            var out: [UInt8] = []
            out.reserveCapacity(bytes.count * 2)
            var from = 0
            for (block, numbers) in zip(blocks, cited) {
                out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[from..<block.lowerBound]))
                for number in numbers { if let note = byNumber[number] { appendAside(note, to: &out) } }
                out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[block]))
                from = block.upperBound
            }
            out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[from...]))
            return String(decoding: out, as: UTF8.self)
        }
    }

    /// A rendered body with its margin notes (images left as they are).
    static func insert(into rendered: RenderedMarkdown) -> String {
        insert(into: rendered.html, blocks: rendered.blocks, cited: MarkedBody(rendered: rendered).notesByBlock, notes: rendered.notes)
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
}
