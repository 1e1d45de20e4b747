/// Text from front matter on its way into XML (feeds, sitemaps) or hand-built HTML (citations).
/// Escapes the five markup characters, so the result is safe in element content and in quoted
/// attributes alike, and drops the characters XML 1.0 forbids (C0 controls other than tab, line
/// feed and carriage return; U+FFFE, U+FFFF), which would make the whole file unreadable.
enum XMLEscape {
    static func text(_ s: String) -> String {
        // Most text needs nothing: one pass over the bytes finds out before any copying.
        if !needsWork(s) { return s }
        var out = ""
        out.reserveCapacity(s.utf8.count)
        for scalar in s.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&apos;"
            default:
                if isAllowed(scalar) { out.unicodeScalars.append(scalar) }
            }
        }
        return out
    }

    /// True when `s` holds a markup character, a C0 control, or U+FFFE/U+FFFF (EF BF BE/BF).
    private static func needsWork(_ s: String) -> Bool {
        var previous: (UInt8, UInt8) = (0, 0)
        for byte in s.utf8 {
            switch byte {
            case UInt8(ascii: "&"), UInt8(ascii: "<"), UInt8(ascii: ">"), UInt8(ascii: "\""), UInt8(ascii: "'"): return true
            case 0x9, 0xA, 0xD: break
            case 0..<0x20: return true
            case 0xBE...0xBF where previous == (0xEF, 0xBF): return true
            default: break
            }
            previous = (previous.1, byte)
        }
        return false
    }

    /// XML 1.0 §2.2 `Char`.
    static func isAllowed(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x9, 0xA, 0xD: return true
        case 0x20...0xD7FF, 0xE000...0xFFFD, 0x10000...0x10FFFF: return true
        default: return false
        }
    }
}
