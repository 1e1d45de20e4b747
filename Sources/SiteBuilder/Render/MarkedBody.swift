import MarkdownRender

/// One walk over a rendered body's bytes and its marks (`BodyMark`, found in the cmark-gfm tree
/// while it was rendered): the bytes between marks are copied, each mark is handed to a step
/// that writes what should stand in its place. The image sizes, the margin notes and the print
/// footnotes all go through it, so none of them searches the HTML for what the tree knew.
struct MarkedBody {
    let rendered: RenderedMarkdown

    /// The body with every mark rewritten by `replace` (given the mark and its bytes), and each
    /// top-level block's range in the result.
    func rewrite(_ replace: (BodyMark, UnsafeBufferPointer<UInt8>, inout [UInt8]) -> Void) -> (html: String, blocks: [Range<Int>]) {
        var text = rendered.html
        return text.withUTF8 { bytes -> (String, [Range<Int>]) in
            var out: [UInt8] = []
            out.reserveCapacity(bytes.count + 64 * rendered.marks.count)
            var blocks: [Range<Int>] = []
            blocks.reserveCapacity(rendered.blocks.count)
            var next = 0  // the first mark not yet written
            var from = 0
            for block in rendered.blocks {
                let start = out.count
                while next < rendered.marks.count, rendered.marks[next].range.lowerBound < block.upperBound {
                    let mark = rendered.marks[next]
                    out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[from..<mark.range.lowerBound]))
                    replace(mark, UnsafeBufferPointer(rebasing: bytes[mark.range]), &out)
                    from = mark.range.upperBound
                    next += 1
                }
                out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[from..<block.upperBound]))
                from = block.upperBound
                blocks.append(start..<out.count)
            }
            if from < bytes.count { out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[from...])) }
            return (String(decoding: out, as: UTF8.self), blocks)
        }
    }

    /// Notes by their number, for the steps that put a note where it is cited.
    static func byNumber(_ notes: [RenderedNote]) -> [Int: RenderedNote] {
        Dictionary(notes.map { ($0.number, $0) }, uniquingKeysWith: { a, _ in a })
    }

    /// The note numbers each top-level block cites, in the order it cites them, each once.
    var notesByBlock: [[Int]] {
        var result: [[Int]] = []
        var next = 0
        for block in rendered.blocks {
            var numbers: [Int] = []
            while next < rendered.marks.count, rendered.marks[next].range.lowerBound < block.upperBound {
                if case .reference(let note, _) = rendered.marks[next].kind, !numbers.contains(note) { numbers.append(note) }
                next += 1
            }
            result.append(numbers)
        }
        return result
    }
}
