/// The body's typography for text that is not Markdown (titles, subtitles, summaries), so that a
/// brief does not print “curly” quotes in its text and "straight" ones in its title and citation:
/// the same conversions cmark's smart punctuation makes, and the same mended apostrophe.
public enum SmartPunctuation {
    /// Quotes curled by what precedes them, `---` and `--` as em and en dashes, `...` as an ellipsis.
    public static func apply(_ text: String) -> String {
        guard text.contains(where: { $0 == "\"" || $0 == "'" || $0 == "-" || $0 == "." }) else { return text }
        let chars = Array(text)
        var out = ""
        out.reserveCapacity(text.utf8.count)
        var i = 0
        while i < chars.count {
            let c = chars[i]
            let previous: Character? = out.last
            switch c {
            case "\"":
                out.append(opens(after: previous) ? "\u{201C}" : "\u{201D}")
            case "'":
                let next: Character? = i + 1 < chars.count ? chars[i + 1] : nil
                // '90s and rock 'n' roll keep an apostrophe; a quote opens after a space.
                let opening = opens(after: previous) && !(next?.isNumber ?? false)
                out.append(opening ? "\u{2018}" : "\u{2019}")
            case "-" where i + 1 < chars.count && chars[i + 1] == "-":
                if i + 2 < chars.count, chars[i + 2] == "-" {
                    out.append("\u{2014}")
                    i += 2
                } else {
                    out.append("\u{2013}")
                    i += 1
                }
            case "." where i + 2 < chars.count && chars[i + 1] == "." && chars[i + 2] == ".":
                out.append("\u{2026}")
                i += 2
            default:
                out.append(c)
            }
            i += 1
        }
        return out
    }

    /// cmark opens a single quote after a full stop or a closing bracket ("U.S.‘s"): there it is
    /// an apostrophe, as after a letter.
    public static func mendApostrophes(_ text: String) -> String {
        guard text.contains("\u{2018}") else { return text }
        var chars = Array(text)
        for i in chars.indices where chars[i] == "\u{2018}" && i > 0 && i + 1 < chars.count {
            let before = chars[i - 1], after = chars[i + 1]
            if (before == "." || before == ")" || before == "]" || before.isLetter || before.isNumber), after.isLetter || after.isNumber {
                chars[i] = "\u{2019}"
            }
        }
        return String(chars)
    }

    private static func opens(after previous: Character?) -> Bool {
        guard let previous else { return true }
        return previous.isWhitespace || "([{\u{2013}\u{2014}/-\u{201C}\u{2018}".contains(previous)
    }
}
