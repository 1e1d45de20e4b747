import Foundation

/// Text written into front matter that Imprint generates (`imprint new`, `imprint import`):
/// a YAML double-quoted scalar, with backslash, quote and control characters escaped.
public enum YAMLQuoting {
    public static func quoted(_ text: String) -> String { "\"" + escaped(text) + "\"" }

    public static func escaped(_ text: String) -> String {
        var out = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\\": out += "\\\\"
            case "\"": out += "\\\""
            case _ where scalar.value < 0x20 || scalar.value == 0x7F: out += String(format: "\\u%04X", scalar.value)
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out
    }
}
