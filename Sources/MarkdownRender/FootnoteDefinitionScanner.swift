#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Finds footnote definitions (`[^label]:`) in the source, because cmark-gfm silently
/// drops the ones nobody references and keeps only the first of duplicates.
struct FootnoteDefinitionScanner {
    struct Definition: Hashable {
        var label: String
        var line: Int
        var column: Int
    }

    /// Definitions at the start of a line (up to three spaces in), outside fenced code.
    static func scan(_ markdown: String) -> [Definition] {
        var result: [Definition] = []
        var fence: Substring? = nil
        var lineNumber = 0
        // Only lines that could matter are turned into Substrings: fences and `[^` lines.
        for line in interestingLines(markdown) {
            lineNumber = line.number
            let line = line.text
            let trimmed = line.drop { $0 == " " }
            let indent = line.utf8.count - trimmed.utf8.count // only spaces were dropped
            if indent <= 3, let marker = fenceMarker(trimmed) {
                if let open = fence {
                    if marker.first == open.first, marker.count >= open.count,
                       trimmed.dropFirst(marker.count).allSatisfy({ $0 == " " || $0 == "\t" }) {
                        fence = nil
                    }
                } else {
                    fence = marker
                }
                continue
            }
            guard fence == nil, indent <= 3, trimmed.hasPrefix("[^") else { continue }
            let rest = trimmed.dropFirst(2)
            guard let close = rest.firstIndex(of: "]") else { continue }
            let label = rest[..<close]
            guard !label.isEmpty, !label.contains(where: { $0 == " " || $0 == "\t" }),
                  rest[rest.index(after: close)...].hasPrefix(":") else { continue }
            result.append(Definition(label: String(label), line: lineNumber, column: indent + 1))
        }
        return result
    }

    /// Lines whose first non-space bytes are `[^`, three backticks or three tildes, with numbers.
    private static func interestingLines(_ text: String) -> [(number: Int, text: Substring)] {
        // Byte offsets over contiguous UTF-8 (memchr per line); runs over every brief's source.
        var copy = text
        let ranges: [(Int, Int, Int)] = copy.withUTF8 { bytes in
            guard let base = bytes.baseAddress else { return [] }
            var found: [(Int, Int, Int)] = []
            var lineStart = 0
            var number = 1
            while lineStart < bytes.count {
                let lineEnd = memchr(base + lineStart, 0x0A, bytes.count - lineStart)
                    .map { UnsafeRawPointer($0) - UnsafeRawPointer(base) } ?? bytes.count
                var i = lineStart
                while i < lineEnd, bytes[i] == 0x20 { i += 1 }
                if i + 1 < lineEnd {
                    let first = bytes[i], second = bytes[i + 1]
                    if (first == 0x5B && second == 0x5E) || (first == 0x60 && second == 0x60) || (first == 0x7E && second == 0x7E) {
                        found.append((number, lineStart, lineEnd))
                    }
                }
                number += 1
                lineStart = lineEnd + 1
            }
            return found
        }
        let utf8 = copy.utf8
        return ranges.map { number, start, end in
            (number, copy[utf8.index(utf8.startIndex, offsetBy: start)..<utf8.index(utf8.startIndex, offsetBy: end)])
        }
    }

    private static func fenceMarker(_ s: Substring) -> Substring? {
        for ch: Character in ["`", "~"] {
            let run = s.prefix { $0 == ch }
            if run.count >= 3 { return run }
        }
        return nil
    }
}
