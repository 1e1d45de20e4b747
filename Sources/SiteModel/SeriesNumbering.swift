/// How a series numbers its briefs (`numbering: "IB-{year}-{n:02}"`): literal text, the brief's
/// year, and its place in the series that year, optionally zero-padded.
public struct SeriesNumbering: Sendable, Hashable, CustomStringConvertible {
    enum Part: Sendable, Hashable {
        case text(String)
        case year
        case n(width: Int)
    }

    let parts: [Part]
    public let description: String

    /// Nil unless `pattern` holds `{n}` (or `{n:0K}`, K from 1 to 9) once, `{year}` at most
    /// once, and no other `{…}`.
    public init?(_ pattern: String) {
        var parts: [Part] = []
        var rest = Substring(pattern)
        var sawN = false, sawYear = false
        while !rest.isEmpty {
            guard let open = rest.firstIndex(of: "{") else {
                parts.append(.text(String(rest)))
                break
            }
            if open > rest.startIndex { parts.append(.text(String(rest[..<open]))) }
            guard let close = rest[open...].firstIndex(of: "}") else { return nil }
            let token = rest[rest.index(after: open)..<close]
            switch token {
            case "year" where !sawYear:
                parts.append(.year)
                sawYear = true
            case "n" where !sawN:
                parts.append(.n(width: 0))
                sawN = true
            default:
                guard !sawN, token.hasPrefix("n:0"), token.count == 4, let width = Int(token.dropFirst(3)), (1...9).contains(width) else {
                    return nil
                }
                parts.append(.n(width: width))
                sawN = true
            }
            rest = rest[rest.index(after: close)...]
        }
        guard sawN else { return nil }
        self.parts = parts
        description = pattern
    }

    /// Whether numbers start again each year (the pattern holds `{year}`).
    public var restartsEachYear: Bool { parts.contains(.year) }

    public func format(year: Int, n: Int) -> String {
        parts.map { part in
            switch part {
            case .text(let text): return text
            case .year: return String(year)
            case .n(let width):
                let digits = String(n)
                return String(repeating: "0", count: max(0, width - digits.count)) + digits
            }
        }.joined()
    }

    /// The place in the series of a number written this way, when the pattern reads it back
    /// (`IB-2025-07` → 7), so numbers written by hand are never given again.
    public func n(of number: String, year: Int) -> Int? {
        var rest = Substring(number)
        var found: Int?
        for part in parts {
            switch part {
            case .text(let text):
                guard rest.hasPrefix(text) else { return nil }
                rest = rest.dropFirst(text.count)
            case .year:
                guard rest.hasPrefix(String(year)) else { return nil }
                rest = rest.dropFirst(String(year).count)
            case .n:
                let digits = rest.prefix { $0.isASCII && $0.isNumber }
                guard !digits.isEmpty, digits.count <= 9, let value = Int(digits) else { return nil }
                found = value
                rest = rest.dropFirst(digits.count)
            }
        }
        return rest.isEmpty ? found : nil
    }
}

/// ISSNs (`2789-1234`): eight digits, the last a check digit that may be X.
public enum ISSN {
    public static func isValid(_ text: String) -> Bool {
        let chars = Array(text.uppercased())
        guard chars.count == 9, chars[4] == "-" else { return false }
        let digits = Array(chars[0..<4] + chars[5..<9])
        var sum = 0
        for (i, c) in digits.prefix(7).enumerated() {
            guard let d = c.wholeNumberValue, c.isASCII else { return false }
            sum += d * (8 - i)
        }
        let check = (11 - sum % 11) % 11
        let last = digits[7]
        return check == 10 ? last == "X" : (last.isASCII && last.wholeNumberValue == check)
    }
}
