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

    /// The text of the first `<prefix:name …>…</prefix:name>`, entities decoded, whitespace folded.
    static func element(_ name: String, in xml: String) -> String? {
        let pattern = try! NSRegularExpression(
            pattern: "<(?:[A-Za-z_][\\w.-]*:)?\(name)(?:\\s[^>]*[^/>])?>(.*?)</(?:[A-Za-z_][\\w.-]*:)?\(name)\\s*>",
            options: [.dotMatchesLineSeparators])
        let range = NSRange(xml.startIndex..., in: xml)
        guard let match = pattern.firstMatch(in: xml, range: range), let inner = Range(match.range(at: 1), in: xml) else {
            return nil
        }
        let text = decode(String(xml[inner]))
        return text.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
    }

    /// XML's five entities, numeric references and CDATA; markup inside the element is dropped.
    static func decode(_ raw: String) -> String {
        var text = raw
        if let cdata = text.range(of: "<![CDATA["), let end = text.range(of: "]]>", range: cdata.upperBound..<text.endIndex) {
            return String(text[cdata.upperBound..<end.lowerBound])
        }
        text = text.replacingOccurrences(of: "<[^>]*>", with: "", options: .regularExpression)
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
