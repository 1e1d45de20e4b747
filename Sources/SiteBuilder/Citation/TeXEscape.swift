/// BibTeX field values: TeX's special characters become commands that print them, so a title
/// with `&`, `%` or `_` neither breaks the entry nor changes its meaning. Everything else,
/// accented and non-Latin letters included, stays as UTF-8 (biber and modern BibTeX read it).
enum TeXEscape {
    static func text(_ s: String) -> String {
        var out = ""
        for ch in s {
            switch ch {
            case "\\": out += "\\textbackslash{}"
            case "{": out += "\\{"
            case "}": out += "\\}"
            case "$": out += "\\$"
            case "&": out += "\\&"
            case "#": out += "\\#"
            case "^": out += "\\textasciicircum{}"
            case "_": out += "\\_"
            case "%": out += "\\%"
            case "~": out += "\\textasciitilde{}"
            case "\n", "\r", "\t": out += " "
            default: out.append(ch)
            }
        }
        return out
    }
}
