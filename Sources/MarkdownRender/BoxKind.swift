import Foundation

/// A box (`> [!NOTE]`, `> [!KEY-FINDINGS] Three things we found`): GitHub's alert syntax, with
/// the institute's own kinds declared in site.yaml `boxes:`. The quote becomes an `<aside>`
/// named by its label, so it is announced as what it is.
public struct BoxKind: Sendable, Hashable {
    public var id: String
    public var label: String

    public init(id: String, label: String) {
        self.id = id
        self.label = label
    }

    /// GitHub's five, always available.
    public static let builtIn = [
        BoxKind(id: "note", label: "Note"), BoxKind(id: "tip", label: "Tip"), BoxKind(id: "important", label: "Important"),
        BoxKind(id: "warning", label: "Warning"), BoxKind(id: "caution", label: "Caution"),
    ]

    /// `[!KIND]` at the start of a quote's first line: the kind (lowercased) and what follows it
    /// on the line (a title of the box's own, or "").
    static func marker(in text: String) -> (kind: String, title: String)? {
        guard text.hasPrefix("[!"), let close = text.firstIndex(of: "]") else { return nil }
        let kind = text[text.index(text.startIndex, offsetBy: 2)..<close]
        guard !kind.isEmpty, kind.count <= 40,
              kind.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "-" || $0 == "_") }) else { return nil }
        let title = text[text.index(after: close)...].split(whereSeparator: \.isWhitespace).joined(separator: " ")
        return (kind.lowercased().replacingOccurrences(of: "_", with: "-"), title)
    }

    func open(title: String) -> String {
        let heading = title.isEmpty ? label : title
        return "<aside class=\"box box-\(id)\" aria-label=\"\(HTMLText.escape(heading))\">\n"
            + "<p class=\"box-title\">\(HTMLText.escape(heading))</p>"
    }

    static let close = "</aside>"
}

/// Text into HTML, for the little markup the renderer writes itself.
enum HTMLText {
    static func escape(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for c in text.unicodeScalars {
            switch c {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            default: out.unicodeScalars.append(c)
            }
        }
        return out
    }
}
