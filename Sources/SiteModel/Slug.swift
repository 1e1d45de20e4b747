import Foundation

/// URL slugs: the only strings that become path components of the output.
public enum Slug {
    /// True for `[a-z0-9-]+`, the contract for brief, person, centre and page ids.
    public static func isValid(_ s: String) -> Bool {
        !s.isEmpty && s.utf8.allSatisfy { (0x61...0x7A).contains($0) || (0x30...0x39).contains($0) || $0 == 0x2D }
    }

    /// Turns a free taxonomy term ("Climate Finance", "South Asia") into `climate-finance`.
    /// Letters outside ASCII are folded (é → e); anything else becomes a single hyphen.
    /// Always returns a valid slug: a term with no usable characters becomes "term-<hash>".
    public static func make(_ text: String) -> String {
        if let readable = readable(text) { return readable }
        // Terms in non-Latin scripts: a stable hash keeps them distinct and path-safe.
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
