/// BibTeX field values: TeX's special characters become commands that print them, so a title
/// with `&`, `%` or `_` neither breaks the entry nor changes its meaning. Everything else,
/// accented and non-Latin letters included, stays as UTF-8 (biber and modern BibTeX read it).
enum TeXEscape {
    static func text(_ s: String) -> String {
        // Most values have nothing to escape: told on their bytes and returned as they are.
        guard s.utf8.contains(where: isSpecial) else { return s }
        // By scalar, not by Character: `&` with a combining mark after it is one Character, which
        // compared unequal to "&" and went out unescaped, breaking the entry.
        var out = String.UnicodeScalarView()
        for scalar in s.unicodeScalars {
            switch scalar {
            case "\\": out += "\\textbackslash{}".unicodeScalars
            case "{": out += "\\{".unicodeScalars
            case "}": out += "\\}".unicodeScalars
            case "$": out += "\\$".unicodeScalars
            case "&": out += "\\&".unicodeScalars
            case "#": out += "\\#".unicodeScalars
            case "^": out += "\\textasciicircum{}".unicodeScalars
            case "_": out += "\\_".unicodeScalars
            case "%": out += "\\%".unicodeScalars
            case "~": out += "\\textasciitilde{}".unicodeScalars
            case "\n", "\r", "\t": out.append(" ")
            default: out.append(scalar)
            }
        }
        return String(out)
    }

    private static func isSpecial(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "\\"), UInt8(ascii: "{"), UInt8(ascii: "}"), UInt8(ascii: "$"), UInt8(ascii: "&"),
             UInt8(ascii: "#"), UInt8(ascii: "^"), UInt8(ascii: "_"), UInt8(ascii: "%"), UInt8(ascii: "~"),
             UInt8(ascii: "\n"), UInt8(ascii: "\r"), UInt8(ascii: "\t"):
            return true
        default:
            return false
        }
    }
}
