import Foundation

/// Deterministic JSON for files and for `<script type="application/ld+json">`: keys sorted,
/// slashes left alone, non-ASCII written as UTF-8.
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
        var out = ""
        for scalar in String(decoding: encode(value, pretty: false), as: UTF8.self).unicodeScalars {
            switch scalar {
            case "<": out += "\\u003c"
            case ">": out += "\\u003e"
            case "&": out += "\\u0026"
            case "\u{2028}": out += "\\u2028"
            case "\u{2029}": out += "\\u2029"
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out
    }
}
