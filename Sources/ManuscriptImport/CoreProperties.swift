import Foundation
import ZIPFoundation

/// Word's own document properties (`docProps/core.xml`: File ▸ Info ▸ Title, Author), the
/// fallback for a title block that names no title or authors. Pandoc 2.17 does not read them.
///
/// The part is read through ZIPFoundation after `DocxProbe` has checked the archive, capped at
/// `maximumBytes`. Its schema is fixed and flat (Dublin Core elements holding text), so the two
/// elements are picked out directly rather than through an XML parser, which on Linux would add
/// libxml2 to the one-file release binary.
struct CoreProperties: Equatable {
    var title: String?
    var creators: [String] = []

    static let part = "docProps/core.xml"
    static let maximumBytes = 1 << 20

    /// Names Word writes from the computer's account rather than a person's.
    static let placeholderCreators: Set<String> = [
        "microsoft office user", "windows user", "user", "admin", "administrator", "author", "unknown", "owner",
        "python-docx", "pandoc", "libreoffice", "apache poi",
    ]

    /// The properties of `file`, or none when it has no such part or it cannot be read: a
    /// fallback is never the reason an import fails.
    static func read(from file: URL) -> CoreProperties {
        guard let archive = try? Archive(url: file, accessMode: .read, pathEncoding: nil), let entry = archive[part],
              entry.type == .file, entry.uncompressedSize <= UInt64(maximumBytes) else { return CoreProperties() }
        var bytes = Data()
        do {
            _ = try archive.extract(entry, skipCRC32: false) { chunk in
                bytes.append(chunk)
                if bytes.count > maximumBytes { throw CocoaError(.fileReadTooLarge) }
            }
        } catch {
            return CoreProperties()
        }
        return parse(String(decoding: bytes, as: UTF8.self))
    }

    static func parse(_ xml: String) -> CoreProperties {
        var properties = CoreProperties()
        properties.title = element("title", in: xml).flatMap { $0.isEmpty ? nil : $0 }
        if let creator = element("creator", in: xml) {
            // Word joins several authors with semicolons.
            properties.creators = creator.split(separator: ";").map { $0.trimmingCharacters(in: .whitespaces) }
                .filter { !$0.isEmpty && !placeholderCreators.contains($0.lowercased()) }
        }
        return properties
    }

    /// The text of the first `<prefix:name …>…</prefix:name>`, entities decoded, whitespace
    /// folded. One pass, no regular expression: a crafted part full of `<` stays linear.
    static func element(_ name: String, in xml: String) -> String? {
        let bytes = Array(xml.utf8)
        func isNameByte(_ b: UInt8) -> Bool {
            (0x30...0x39).contains(b) || (0x41...0x5A).contains(b) || (0x61...0x7A).contains(b) || b == 0x5F || b == 0x2D || b == 0x2E || b == 0x3A
        }
        /// The local name of the tag whose name starts at `at`, and where the name ends.
        func tagName(at start: Int) -> (local: Substring, end: Int) {
            var end = start
            while end < bytes.count, isNameByte(bytes[end]) { end += 1 }
            let qualified = String(decoding: bytes[start..<end], as: UTF8.self)
            return (qualified.split(separator: ":").last ?? "", end)
        }
        var i = 0
        while i < bytes.count {
            guard bytes[i] == 0x3C, i + 1 < bytes.count, bytes[i + 1] != 0x2F else { i += 1; continue }   // "<", not "</"
            let (local, end) = tagName(at: i + 1)
            guard local == name, end < bytes.count, bytes[end] == 0x3E || bytes[end] == 0x20 || bytes[end] == 0x09
                    || bytes[end] == 0x0A || bytes[end] == 0x0D || bytes[end] == 0x2F else { i += 1; continue }
            guard let close = bytes[end...].firstIndex(of: 0x3E) else { return nil }
            if bytes[close - 1] == 0x2F { i = close + 1; continue }   // <dc:title/>
            // The first closing tag of that name ends it; none means no value.
            var j = close + 1
            while j + 1 < bytes.count {
                if bytes[j] == 0x3C, bytes[j + 1] == 0x2F {
                    let (closing, _) = tagName(at: j + 2)
                    if closing == name {
                        let inner = String(decoding: bytes[(close + 1)..<j].prefix(maximumText), as: UTF8.self)
                        return decode(inner).split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
                    }
                }
                j += 1
            }
            return nil
        }
        return nil
    }

    /// More than any title or list of authors needs.
    static let maximumText = 4_096

    /// XML's five entities, numeric references and CDATA; markup inside the element is dropped.
    static func decode(_ raw: String) -> String {
        var text = raw
        if let cdata = text.range(of: "<![CDATA["), let end = text.range(of: "]]>", range: cdata.upperBound..<text.endIndex) {
            return String(text[cdata.upperBound..<end.lowerBound])
        }
        // Markup inside the element goes, in one pass (an unclosed `<` ends the text).
        var plain = ""
        var inTag = false
        for c in text {
            if inTag { if c == ">" { inTag = false } } else if c == "<" { inTag = true } else { plain.append(c) }
        }
        text = plain
        var result = ""
        var rest = Substring(text)
        while let amp = rest.firstIndex(of: "&") {
            result += rest[..<amp]
            guard let semi = rest[amp...].prefix(12).firstIndex(of: ";") else {
                result += "&"
                rest = rest[rest.index(after: amp)...]
                continue
            }
            let name = rest[rest.index(after: amp)..<semi]
            switch name {
            case "amp": result += "&"
            case "lt": result += "<"
            case "gt": result += ">"
            case "quot": result += "\""
            case "apos": result += "'"
            default:
                var scalar: Unicode.Scalar?
                if name.hasPrefix("#x") || name.hasPrefix("#X") {
                    scalar = UInt32(name.dropFirst(2), radix: 16).flatMap(Unicode.Scalar.init)
                } else if name.hasPrefix("#") {
                    scalar = UInt32(name.dropFirst(), radix: 10).flatMap(Unicode.Scalar.init)
                }
                if let scalar, scalar.value >= 0x20 || scalar == "\t" { result.unicodeScalars.append(scalar) } else { result += "&" + name + ";" }
            }
            rest = rest[rest.index(after: semi)...]
        }
        return result + rest
    }
}
