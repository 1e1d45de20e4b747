import Foundation

/// URL slugs: the only strings that become path components of the output.
public enum Slug {
    /// True for `[a-z0-9-]+`, the contract for brief, person, centre and page ids.
    public static func isValid(_ s: String) -> Bool {
        !s.isEmpty && s.utf8.allSatisfy { (0x61...0x7A).contains($0) || (0x30...0x39).contains($0) || $0 == 0x2D }
    }

    /// Turns a free taxonomy term ("Climate Finance", "South Asia") into `climate-finance`.
    /// Latin letters outside ASCII are folded (é → e); a term in another script keeps its
    /// letters (`پانی-کی-قیمت`: its URL is percent-encoded, and browsers show it as written);
    /// anything else becomes a single hyphen. A term with no letter or digit at all becomes
    /// "term-<hash>". Never a `/`, `.` or control character: a slug is a folder of the output.
    public static func make(_ text: String) -> String {
        // Nearly every term: no other script to look for.
        if text.utf8.allSatisfy({ $0 < 0x80 }) { return readable(text) ?? hashed(text) }
        if let unicode = unicode(text) { return unicode }
        if let readable = readable(text) { return readable }
        return hashed(text)
    }

    /// Longest slug in another script, in UTF-8 bytes: it is a file name, which may have 255
    /// (a letter of Arabic script takes two bytes, with its marks up to a dozen).
    static let longestUnicode = 180

    /// The slug of a term written in a script other than Latin: its letters, marks and digits,
    /// lowercased and in NFC, words joined by hyphens; nil for a term with no such letter.
    static func unicode(_ text: String) -> String? {
        let normalized = text.precomposedStringWithCanonicalMapping.lowercased()
        guard normalized.unicodeScalars.contains(where: { !$0.isASCII && isLetter($0) && !isLatin($0) }) else { return nil }
        var out = String.UnicodeScalarView()
        var lastHyphen = true
        for scalar in normalized.unicodeScalars {
            if isLetter(scalar) || scalar.properties.generalCategory == .decimalNumber
                || (lastHyphen == false && isMark(scalar)) {
                out.append(scalar)
                lastHyphen = false
            } else if scalar.properties.generalCategory == .format {
                continue  // zero-width joiners inside Persian and Urdu words
            } else if !lastHyphen {
                out.append("-")
                lastHyphen = true
            }
        }
        var slug = String(out)
        while slug.hasSuffix("-") { slug.removeLast() }
        guard !slug.isEmpty else { return nil }
        if slug.utf8.count > longestUnicode {
            var cut = String.UnicodeScalarView()
            for scalar in slug.unicodeScalars {
                guard cut.count < 1000, String(cut).utf8.count + String(scalar).utf8.count <= longestUnicode - 9 else { break }
                cut.append(scalar)
            }
            var kept = String(cut)
            while kept.hasSuffix("-") { kept.removeLast() }
            slug = kept + "-" + String(hashed(text).dropFirst("term-".count).prefix(8))
        }
        return slug
    }

    static func isLetter(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.properties.generalCategory {
        case .lowercaseLetter, .uppercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter: return true
        default: return false
        }
    }

    static func isMark(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.properties.generalCategory {
        case .nonspacingMark, .spacingMark, .enclosingMark: return true
        default: return false
        }
    }

    /// Latin letters beyond ASCII (é, ß, ı), which `readable` folds.
    static func isLatin(_ scalar: Unicode.Scalar) -> Bool {
        (0x00C0...0x024F).contains(scalar.value) || (0x1E00...0x1EFF).contains(scalar.value)
    }

    /// A stable hash keeps a term with no letters distinct and path-safe.
    static func hashed(_ text: String) -> String {
        var h: UInt64 = 0xcbf29ce484222325
        for b in text.utf8 { h = (h ^ UInt64(b)) &* 0x100000001b3 }
        return "term-" + String(h, radix: 16)
    }

    /// The slug made of `text`'s Latin letters and digits, or nil when it has none.
    public static func readable(_ text: String) -> String? {
        // ASCII terms (nearly all of them) the same way, without Unicode case mapping and folding.
        if text.utf8.allSatisfy({ $0 < 0x80 }) {
            var bytes: [UInt8] = []
            bytes.reserveCapacity(text.utf8.count)
            var lastHyphen = true
            for byte in text.utf8 {
                let c = (0x41...0x5A).contains(byte) ? byte + 0x20 : byte
                if (0x61...0x7A).contains(c) || (0x30...0x39).contains(c) {
                    bytes.append(c)
                    lastHyphen = false
                } else if !lastHyphen {
                    bytes.append(0x2D)
                    lastHyphen = true
                }
            }
            while bytes.last == 0x2D { bytes.removeLast() }
            if !bytes.isEmpty { return String(decoding: bytes, as: UTF8.self) }
        }
        var out = ""
        var lastHyphen = true
        let folded = text.lowercased().folding(options: .diacriticInsensitive, locale: nil)
        for scalar in folded.unicodeScalars {
            if scalar.isASCII, scalar.properties.isAlphabetic || ("0"..."9").contains(Character(scalar)) {
                out.unicodeScalars.append(scalar)
                lastHyphen = false
            } else if !lastHyphen {
                out.append("-")
                lastHyphen = true
            }
        }
        while out.hasSuffix("-") { out.removeLast() }
        return out.isEmpty ? nil : out
    }
}
