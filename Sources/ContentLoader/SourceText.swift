import SiteModel

/// The text of a content file: UTF-8 checked, byte-order mark removed, CRLF turned into LF.
public struct SourceText: Sendable {
    public let path: String
    public let text: String

    /// Decodes `bytes`, or reports where the first byte that is not UTF-8 sits.
    public static func decode(_ bytes: [UInt8], path: String) -> Result<SourceText, Diagnostic> {
        var body = bytes[...]
        if body.starts(with: [0xEF, 0xBB, 0xBF]) { body = body.dropFirst(3) }
        // Fast path: valid UTF-8 (almost every file) is validated in one pass by the standard library.
        if var text = String(validating: body, as: UTF8.self) {
            if body.contains(0x0D) { text = text.replacingCRLF() }
            return .success(SourceText(path: path, text: text))
        }
        var decoder = UTF8()
        var iterator = body.makeIterator()
        var scalars = String.UnicodeScalarView()
        var line = 1
        var column = 1
        loop: while true {
            switch decoder.decode(&iterator) {
            case .scalarValue(let scalar):
                scalars.append(scalar)
                if scalar == "\n" { line += 1; column = 1 } else { column += 1 }
            case .emptyInput:
                break loop
            case .error:
                return .failure(.error(
                    "not-utf8", "the file is not valid UTF-8 (first bad byte here); save it as UTF-8",
                    at: SourceLocation(file: path, line: line, column: column)))
            }
        }
        var text = String(scalars)
        if text.contains("\r") {
            text = text.replacingCRLF()
        }
        return .success(SourceText(path: path, text: text))
    }
}

extension String {
    /// CRLF and lone CR become LF, so line numbers match what editors show.
    fileprivate func replacingCRLF() -> String {
        var out = String.UnicodeScalarView()
        var previousCR = false
        for s in unicodeScalars {
            if s == "\r" {
                out.append("\n")
                previousCR = true
            } else {
                if !(s == "\n" && previousCR) { out.append(s) }
                previousCR = false
            }
        }
        return String(out)
    }
}
