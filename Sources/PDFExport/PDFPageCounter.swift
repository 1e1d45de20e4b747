import Foundation

/// Reads the number of pages from a PDF: the trailer names the catalog (`/Root n 0 R`), the
/// catalog the page tree (`/Pages m 0 R`), and the page tree's root holds `/Count`. WeasyPrint
/// writes these objects uncompressed; if a PDF hides them in object streams, the fallback
/// counts page objects, and failing that the count is unknown (nil), never a guess.
public enum PDFPageCounter {
    public static func pages(in file: URL) -> Int? {
        guard let data = FileManager.default.contents(atPath: file.path) else { return nil }
        return pages(in: data)
    }

    public static func pages(in data: Data) -> Int? {
        // Latin-1 maps every byte to one character, so binary streams cannot break the search.
        guard let text = String(data: data, encoding: .isoLatin1), text.hasPrefix("%PDF-") else { return nil }
        if let root = reference(after: "/Root", in: text, backwards: true),
           let catalog = object(root, in: text),
           let pagesRef = reference(after: "/Pages", in: catalog),
           let tree = object(pagesRef, in: text),
           let count = number(after: "/Count", in: tree) {
            return count
        }
        let pageObjects = text.components(separatedBy: "/Type /Page").dropFirst().count { !$0.hasPrefix("s") }
            + text.components(separatedBy: "/Type/Page").dropFirst().count { !$0.hasPrefix("s") }
        return pageObjects > 0 ? pageObjects : nil
    }

    /// The body of object `n` (from `n 0 obj` to `endobj`).
    static func object(_ n: Int, in text: String) -> Substring? {
        var searchStart = text.startIndex
        while let found = text.range(of: "\(n) 0 obj", range: searchStart..<text.endIndex) {
            let before = found.lowerBound == text.startIndex ? "\n" : text[text.index(before: found.lowerBound)]
            if before.isWhitespace, let end = text.range(of: "endobj", range: found.upperBound..<text.endIndex) {
                return text[found.upperBound..<end.lowerBound]
            }
            searchStart = found.upperBound
        }
        return nil
    }

    /// `key 12 0 R` → 12.
    static func reference<S: StringProtocol>(after key: String, in text: S, backwards: Bool = false) -> Int? {
        guard let found = text.range(of: key, options: backwards ? .backwards : []) else { return nil }
        let rest = text[found.upperBound...].drop { $0.isWhitespace }
        let parts = rest.prefix(40).split(whereSeparator: \.isWhitespace)
        guard parts.count >= 3, let n = Int(parts[0]), Int(parts[1]) != nil, parts[2].hasPrefix("R") else { return nil }
        return n
    }

    static func number<S: StringProtocol>(after key: String, in text: S) -> Int? {
        guard let found = text.range(of: key) else { return nil }
        let digits = text[found.upperBound...].drop { $0.isWhitespace }.prefix { $0.isNumber }
        return Int(digits)
    }
}
