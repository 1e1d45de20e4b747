import Foundation

/// Reads a page's `<head>` the way a reference manager does: the `<meta>` elements with their
/// attribute values decoded, and the JSON-LD scripts.
struct HTMLHead {
    let html: String

    var head: String {
        guard let start = html.range(of: "<head>"), let end = html.range(of: "</head>") else { return "" }
        return String(html[start.upperBound..<end.lowerBound])
    }

    /// (name or property, content) of every `<meta>` in the head, in document order.
    var metaTags: [(key: String, content: String)] {
        Self.matches(#"<meta\s([^>]*)>"#, in: head).compactMap { attributes in
            let a = Self.attributes(attributes)
            guard let key = a["name"] ?? a["property"], let content = a["content"] else { return nil }
            return (key, content)
        }
    }

    func values(_ key: String) -> [String] { metaTags.filter { $0.key == key }.map(\.content) }
    func value(_ key: String) -> String? { values(key).first }

    /// The raw text of each `<script type="application/ld+json">`.
    var jsonLD: [String] {
        Self.matches(#"<script type="application/ld\+json">(.*?)</script>"#, in: head)
    }

    /// `<link rel="alternate">` hrefs with their types.
    var alternates: [(type: String, href: String)] {
        Self.matches(#"<link\s([^>]*)>"#, in: head).compactMap { attributes in
            let a = Self.attributes(attributes)
            guard a["rel"] == "alternate", let type = a["type"], let href = a["href"] else { return nil }
            return (type, href)
        }
    }

    static func matches(_ pattern: String, in text: String) -> [String] {
        let regex = try! NSRegularExpression(pattern: pattern, options: [.dotMatchesLineSeparators])
        return regex.matches(in: text, range: NSRange(text.startIndex..., in: text)).compactMap {
            Range($0.range(at: 1), in: text).map { String(text[$0]) }
        }
    }

    static func attributes(_ text: String) -> [String: String] {
        let regex = try! NSRegularExpression(pattern: #"([a-zA-Z:_-]+)="([^"]*)""#)
        var result: [String: String] = [:]
        for m in regex.matches(in: text, range: NSRange(text.startIndex..., in: text)) {
            guard let k = Range(m.range(at: 1), in: text), let v = Range(m.range(at: 2), in: text) else { continue }
            result[String(text[k])] = decodeEntities(String(text[v]))
        }
        return result
    }

    /// Character references as an HTML parser resolves them.
    static func decodeEntities(_ s: String) -> String {
        let named = ["amp": "&", "lt": "<", "gt": ">", "quot": "\"", "apos": "'", "nbsp": "\u{A0}"]
        var out = ""
        var rest = s[...]
        while let amp = rest.firstIndex(of: "&") {
            out += rest[..<amp]
            let after = rest[rest.index(after: amp)...]
            if let semi = after.firstIndex(of: ";"), after.distance(from: after.startIndex, to: semi) <= 10 {
                let name = String(after[..<semi])
                var replacement: String?
                if name.hasPrefix("#x") || name.hasPrefix("#X") {
                    replacement = UInt32(name.dropFirst(2), radix: 16).flatMap(Unicode.Scalar.init).map { String($0) }
                } else if name.hasPrefix("#") {
                    replacement = UInt32(name.dropFirst()).flatMap(Unicode.Scalar.init).map { String($0) }
                } else {
                    replacement = named[name]
                }
                if let replacement {
                    out += replacement
                    rest = after[after.index(after: semi)...]
                    continue
                }
            }
            out += "&"
            rest = after
        }
        return out + rest
    }
}
