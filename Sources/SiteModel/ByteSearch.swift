#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Substring search on UTF-8 bytes. Foundation's `range(of:)` and `contains(_:)` go through
/// CFString with Unicode-aware comparison, which showed up as the top cost of post-processing
/// every brief's HTML; the needles here are ASCII markup, so bytes are exact, and `memchr`
/// finds candidates at memory speed.
public enum ByteSearch {
    /// The first position of `needle` in `bytes` at or after `start`.
    public static func find(_ needle: [UInt8], in bytes: Substring.UTF8View, from start: String.Index) -> String.Index? {
        guard !needle.isEmpty else { return nil }
        let skip = bytes.distance(from: bytes.startIndex, to: start)
        let fast: Int?? = bytes.withContiguousStorageIfAvailable { find(needle, in: $0, from: skip) }
        if let fast { return fast.map { bytes.index(bytes.startIndex, offsetBy: $0) } }
        // Bridged or otherwise non-contiguous text: compare byte by byte.
        var i = start
        while let candidate = bytes[i...].firstIndex(of: needle[0]) {
            if bytes[candidate...].starts(with: needle) { return candidate }
            i = bytes.index(after: candidate)
        }
        return nil
    }

    /// The first offset of `needle` in `buffer` at or after `start`: memchr for the first byte,
    /// then compare the rest (memmem is not in every C library).
    public static func find(_ needle: [UInt8], in buffer: UnsafeBufferPointer<UInt8>, from start: Int) -> Int? {
        guard let base = buffer.baseAddress, let first = needle.first, start <= buffer.count else { return nil }
        var from = start
        while from < buffer.count, let hit = memchr(base + from, Int32(first), buffer.count - from) {
            let at = UnsafeRawPointer(hit) - UnsafeRawPointer(base)
            if at + needle.count > buffer.count { return nil }
            if needle.withUnsafeBytes({ memcmp(base + at, $0.baseAddress!, needle.count) }) == 0 { return at }
            from = at + 1
        }
        return nil
    }

    public static func contains(_ needle: String, in text: String) -> Bool {
        let whole = text[...]
        return find(Array(needle.utf8), in: whole.utf8, from: whole.startIndex) != nil
    }

    /// `text` with every `needle` replaced by `replacement`.
    public static func replace(_ needle: String, with replacement: String, in text: String) -> String {
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
