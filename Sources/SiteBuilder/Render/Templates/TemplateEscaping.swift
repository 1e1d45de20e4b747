import Mustache

/// How `{{variable}}` is escaped in every template: the same five characters as swift-mustache's
/// own HTML content type (`& < > " '`), but found by scanning UTF-8 bytes. The library's version
/// walks grapheme clusters through a dictionary and counts characters to reserve space, which was
/// a tenth of a build's CPU time; most values (URLs, dates, names) contain none of the five and are
/// returned as they are.
struct TemplateEscaping: MustacheContentType {
    /// The pragma name; TemplateSet puts `{{% CONTENT_TYPE: ImprintHTML}}` before each template.
    static let name = "ImprintHTML"

    /// The line TemplateSet prepends (a standalone tag, so it renders as nothing).
    static let pragmaLine = "{{% CONTENT_TYPE: \(name)}}\n"

    /// Registers the content type with swift-mustache once per process.
    static let registered: Bool = {
        MustacheContentTypes.register(TemplateEscaping(), named: name)
        return true
    }()

    func escapeText(_ text: String) -> String { Self.escape(text) }

    static func escape(_ text: String) -> String {
        var text = text
        return text.withUTF8 { bytes in
            guard let first = bytes.firstIndex(where: needsEscape) else { return nil }
            var out: [UInt8] = []
            out.reserveCapacity(bytes.count + 32)
            out.append(contentsOf: bytes[..<first])
            for byte in bytes[first...] {
                switch byte {
                case UInt8(ascii: "&"): out.append(contentsOf: "&amp;".utf8)
                case UInt8(ascii: "<"): out.append(contentsOf: "&lt;".utf8)
                case UInt8(ascii: ">"): out.append(contentsOf: "&gt;".utf8)
                case UInt8(ascii: "\""): out.append(contentsOf: "&quot;".utf8)
                case UInt8(ascii: "'"): out.append(contentsOf: "&#39;".utf8)
                default: out.append(byte)
                }
            }
            return String(decoding: out, as: UTF8.self)
        } ?? text
    }

    private static func needsEscape(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "&"), UInt8(ascii: "<"), UInt8(ascii: ">"), UInt8(ascii: "\""), UInt8(ascii: "'"): return true
        default: return false
        }
    }
}
