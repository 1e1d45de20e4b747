/// Substring search on UTF-8 bytes. Foundation's `range(of:)` and `contains(_:)` go through
/// CFString with Unicode-aware comparison, which showed up as the top cost of post-processing
/// every brief's HTML; the needles here are ASCII markup, so bytes are exact.
enum ByteSearch {
    /// The first position of `needle` in `bytes` at or after `start`.
    static func find(_ needle: [UInt8], in bytes: Substring.UTF8View, from start: String.Index) -> String.Index? {
        guard let first = needle.first else { return nil }
        var i = start
        while let candidate = bytes[i...].firstIndex(of: first) {
            if bytes[candidate...].starts(with: needle) { return candidate }
            i = bytes.index(after: candidate)
        }
        return nil
    }

    static func contains(_ needle: String, in text: String) -> Bool {
        let whole = text[...]
        return find(Array(needle.utf8), in: whole.utf8, from: whole.startIndex) != nil
    }

    /// `text` with every `needle` replaced by `replacement`.
    static func replace(_ needle: String, with replacement: String, in text: String) -> String {
        let whole = text[...]
        let pattern = Array(needle.utf8)
        var out = ""
        var start = whole.startIndex
        while let found = find(pattern, in: whole.utf8, from: start) {
            out += whole[start..<found]
            out += replacement
            start = whole.utf8.index(found, offsetBy: pattern.count)
        }
        if start == whole.startIndex { return text }
        out += whole[start...]
        return out
    }
}
