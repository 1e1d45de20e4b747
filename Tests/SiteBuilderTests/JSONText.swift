import Foundation

/// What the build wrote its JSON with before `JSONWriter`: `JSONEncoder` with sorted keys,
/// slashes left alone, non-ASCII written as UTF-8, and the `<script>`-safe pass. Kept as the
/// reference `JSONWriterTests` compares the writer with.
enum JSONText {
    static func encode(_ value: some Encodable, pretty: Bool = true) -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = pretty ? [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
                                          : [.sortedKeys, .withoutEscapingSlashes]
        do {
            return try encoder.encode(value)
        } catch {
            // Only strings, integers, booleans, arrays and nested structs are encoded here:
            // JSONEncoder fails only on non-finite floating-point numbers.
            preconditionFailure("JSON encoding cannot fail for Imprint's value types: \(error)")
        }
    }

    /// JSON that can sit inside an HTML `<script>` element: `<`, `>` and `&` (which can only
    /// occur inside JSON strings) become `\u003c`, `\u003e`, `\u0026`, so a title holding
    /// `</script>` or `<!--` cannot end the element; U+2028/U+2029 are escaped for old parsers.
    static func scriptSafe(_ value: some Encodable) -> String {
        // On the encoded bytes: U+2028 and U+2029 are E2 80 A8 and E2 80 A9 in UTF-8.
        let json = [UInt8](encode(value, pretty: false))
        var out: [UInt8] = []
        out.reserveCapacity(json.count + 64)
        var i = 0
        while i < json.count {
            switch json[i] {
            case UInt8(ascii: "<"): out += "\\u003c".utf8
            case UInt8(ascii: ">"): out += "\\u003e".utf8
            case UInt8(ascii: "&"): out += "\\u0026".utf8
            case 0xE2 where i + 2 < json.count && json[i + 1] == 0x80 && (json[i + 2] == 0xA8 || json[i + 2] == 0xA9):
                out += (json[i + 2] == 0xA8 ? "\\u2028" : "\\u2029").utf8
                i += 2
            default: out.append(json[i])
            }
            i += 1
        }
        return String(decoding: out, as: UTF8.self)
    }
}
