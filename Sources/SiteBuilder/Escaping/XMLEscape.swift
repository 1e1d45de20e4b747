/// Text from front matter on its way into XML (feeds, sitemaps) or hand-built HTML (citations).
/// Escapes the five markup characters, so the result is safe in element content and in quoted
/// attributes alike, and drops the characters XML 1.0 forbids (C0 controls other than tab, line
/// feed and carriage return; U+FFFE, U+FFFF), which would make the whole file unreadable.
enum XMLEscape {
    static func text(_ s: String) -> String {
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

    /// XML 1.0 §2.2 `Char`.
    static func isAllowed(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x9, 0xA, 0xD: return true
        case 0x20...0xD7FF, 0xE000...0xFFFD, 0x10000...0x10FFFF: return true
        default: return false
        }
    }
}
