/// BibTeX field values: TeX's special characters become commands that print them, so a title
/// with `&`, `%` or `_` neither breaks the entry nor changes its meaning. Everything else,
/// accented and non-Latin letters included, stays as UTF-8 (biber and modern BibTeX read it).
enum TeXEscape {
    static func text(_ s: String) -> String {
        // Most values have nothing to escape: told on their bytes (every special character is
        // ASCII) and returned as they are.
        guard s.utf8.contains(where: { $0 < 0x80 && replacement(Unicode.Scalar($0)) != nil }) else { return s }
        // By scalar, not by Character: `&` with a combining mark after it is one Character, which
        // compared unequal to "&" and went out unescaped, breaking the entry.
        var out = String.UnicodeScalarView()
        for scalar in s.unicodeScalars {
            if let replacement = replacement(scalar) { out += replacement.unicodeScalars } else { out.append(scalar) }
        }
        return String(out)
    }

    /// What a special character is written as; nil for the rest.
    private static func replacement(_ scalar: Unicode.Scalar) -> String? {
        switch scalar {
        case "\\": return "\\textbackslash{}"
        case "{": return "\\{"
        case "}": return "\\}"
        case "$": return "\\$"
        case "&": return "\\&"
        case "#": return "\\#"
        case "^": return "\\textasciicircum{}"
        case "_": return "\\_"
        case "%": return "\\%"
        case "~": return "\\textasciitilde{}"
        case "\n", "\r", "\t": return " "
        default: return nil
        }
    }
}
