import SiteModel

/// How far a piece of hand-written HTML opens or closes elements: `<details>` is +1, `</details>`
/// is -1, `<br>`, `<img …/>` and comments are 0. The renderer uses it to keep a wrapper written as
/// separate raw HTML blocks (`<div class="callout">`, the Markdown inside, `</div>`) together as
/// one top-level block, as a reader sees it. Only raw HTML is read this way: everything else
/// comes from the tree.
enum RawHTMLNesting {
    static let voidElements: Set<String> = [
        "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr",
    ]

    /// Opened minus closed elements in `html`.
    static func change(_ html: [UInt8]) -> Int {
        let lt = UInt8(ascii: "<"), gt = UInt8(ascii: ">"), slash = UInt8(ascii: "/")
        var depth = 0
        var i = 0
        while let open = html[i...].firstIndex(of: lt) {
            if html[open...].starts(with: "<!--".utf8) {
                guard let end = find(Array("-->".utf8), in: html, from: open + 4) else { return depth }
                i = end + 3
                continue
            }
            guard let close = html[open...].firstIndex(of: gt) else { return depth }
            i = close + 1
            let closing = open + 1 < close && html[open + 1] == slash
            var j = closing ? open + 2 : open + 1
            let nameStart = j
            while j < close, isNameByte(html[j]) { j += 1 }
            guard j > nameStart else { continue }  // `<!DOCTYPE`, `<?…`, a stray `<`
            let name = String(decoding: html[nameStart..<j], as: UTF8.self).lowercased()
            if closing {
                depth -= 1
            } else if !voidElements.contains(name), html[close - 1] != slash {
                depth += 1
                // Raw text: what follows up to its end tag is not markup.
                if name == "script" || name == "style" || name == "textarea" {
                    guard let end = find(Array("</\(name)".utf8), in: html, from: i) else { return depth }
                    i = end
                }
            }
        }
        return depth
    }

    private static func isNameByte(_ b: UInt8) -> Bool {
        let lower = b | 0x20
        return (lower >= 0x61 && lower <= 0x7A) || (b >= 0x30 && b <= 0x39) || b == UInt8(ascii: "-")
    }

    private static func find(_ needle: [UInt8], in bytes: [UInt8], from: Int) -> Int? {
        bytes.withUnsafeBufferPointer { ByteSearch.find(needle, in: $0, from: from) }
    }
}
