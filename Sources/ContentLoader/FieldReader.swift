import Foundation
import SiteModel
import Yams

/// Reads typed fields from a YAML mapping, recording a located diagnostic for every
/// missing, mistyped or unknown key instead of stopping at the first.
struct FieldReader {
    let path: String
    let mapping: Node.Mapping?
    /// Where the block starts: missing keys are reported here.
    let origin: SourceLocation
    let lineOffset: Int
    var diagnostics: [Diagnostic] = []

    /// - Parameters:
    ///   - node: the parsed YAML (nil for an empty block).
    ///   - startLine: the file line of the YAML's first line.
    init(node: Node?, path: String, startLine: Int, origin: SourceLocation, what: String) {
        self.path = path
        self.origin = origin
        self.lineOffset = startLine - 1
        switch node {
        case .mapping(let m): mapping = m
        case nil: mapping = nil
        default:
            mapping = nil
            diagnostics.append(.error("front-matter-not-mapping", "\(what) must be a set of `key: value` lines",
                                      at: origin))
        }
    }

    func location(of node: Node) -> SourceLocation {
        guard let mark = node.mark else { return origin }
        return SourceLocation(file: path, line: mark.line + lineOffset, column: mark.column)
    }

    /// The value node of `key` and the location of the key itself.
    func entry(_ key: String) -> (node: Node, keyLocation: SourceLocation)? {
        guard let mapping else { return nil }
        for (k, v) in mapping where k.string == key {
            return (v, location(of: k))
        }
        return nil
    }

    /// The location of every key's value.
    var valueLocations: [String: SourceLocation] {
        var result: [String: SourceLocation] = [:]
        guard let mapping else { return result }
        for (k, v) in mapping {
            if let key = k.string, result[key] == nil { result[key] = location(of: v) }
        }
        return result
    }

    /// Warns about every key that is not in `known`, suggesting the closest one.
    mutating func checkKeys(known: [String]) {
        guard let mapping else { return }
        for (k, _) in mapping {
            let name = k.string ?? "\(k)"
            guard !known.contains(name) else { continue }
            var message = "unknown key `\(name)`"
            if let guess = Suggestions.closest(to: name, among: known) {
                message += "; did you mean `\(guess)`?"
            } else {
                message += "; known keys are " + known.sorted().map { "`\($0)`" }.joined(separator: ", ")
            }
            diagnostics.append(.warning("unknown-key", message, at: location(of: k)))
        }
    }

    mutating func missing(_ key: String, hint: String = "") {
        diagnostics.append(.error("missing-field", "required field `\(key)` is missing\(hint)", at: origin))
    }

    mutating func wrongType(_ key: String, _ expected: String, at node: Node) {
        diagnostics.append(.error("wrong-type", "`\(key)` must be \(expected)", at: location(of: node)))
    }

    /// A scalar as text. Numbers and booleans are accepted as their text.
    mutating func string(_ key: String, required: Bool = false) -> String? {
        guard let (node, _) = entry(key) else {
            if required { missing(key) }
            return nil
        }
        guard case .scalar(let scalar) = node else {
            wrongType(key, "a single text value", at: node)
            return nil
        }
        if Self.isNull(node, scalar) || (scalar.style == .plain && scalar.string.isEmpty) {
            if required { diagnostics.append(.error("missing-field", "required field `\(key)` is empty", at: location(of: node))) }
            return nil
        }
        let value = Self.trimmed(scalar.string, .whitespacesAndNewlines)
        if required, value.isEmpty {
            diagnostics.append(.error("missing-field", "required field `\(key)` is empty", at: location(of: node)))
            return nil
        }
        return value
    }

    mutating func located(_ key: String, required: Bool = false) -> Located<String>? {
        guard let value = string(key, required: required), let (node, _) = entry(key) else { return nil }
        return Located(value, at: location(of: node))
    }

    mutating func bool(_ key: String) -> Bool? {
        guard let (node, _) = entry(key) else { return nil }
        if let b = Self.boolean(node) { return b }
        wrongType(key, "true or false", at: node)
        return nil
    }

    /// A plain scalar spelled as one of YAML's booleans (the spellings of Yams' default rule,
    /// which the parser is not asked to apply: see YAMLParser.resolver), unless tagged `!!str`.
    static func boolean(_ node: Node) -> Bool? {
        guard case .scalar(let s) = node, s.style == .plain, s.tag.rawValue != Tag.Name.str.rawValue else { return nil }
        switch s.string {
        case "true", "True", "TRUE", "yes", "Yes", "YES", "on", "On", "ON": return true
        case "false", "False", "FALSE", "no", "No", "NO", "off", "Off", "OFF": return false
        default: return nil
        }
    }

    /// A whole number in `range`; anything else is a diagnostic at the value, so no number
    /// read from input reaches arithmetic unchecked.
    mutating func int(_ key: String, in range: ClosedRange<Int>, unit: String = "") -> Int? {
        guard let (node, _) = entry(key) else { return nil }
        let below: Bool
        if let i = node.int {
            if range.contains(i) { return i }
            below = i < range.lowerBound
        } else if case .scalar(let s) = node, s.style == .plain, !s.string.isEmpty,
                  s.string.drop(while: { $0 == "-" || $0 == "+" }).allSatisfy(\.isNumber) {
            // Yams gives nil for a number too large for Int as well as for text.
            below = s.string.hasPrefix("-")
        } else {
            wrongType(key, "a whole number", at: node)
            return nil
        }
        let bound = below ? "at least \(range.lowerBound)" : "at most \(range.upperBound)"
        diagnostics.append(.error("wrong-type", "`\(key)` must be \(bound)\(unit)", at: location(of: node)))
        return nil
    }

    /// A list of `{ title: …, url: … }` links (site.yaml's `nav`, a person's `links`), each with
    /// the location of its URL. A URL that could run script is an error and is left out.
    mutating func links(_ key: String) -> [NavItem] {
        guard let (node, _) = entry(key) else { return [] }
        guard case .sequence(let items) = node else {
            wrongType(key, "a list of `{ title: …, url: … }` entries", at: node)
            return []
        }
        var links: [NavItem] = []
        for item in items {
            guard case .mapping(let m) = item, let title = m["title"]?.string, let urlNode = m["url"],
                  let url = urlNode.string else {
                wrongType(key, "a list of `{ title: …, url: … }` entries", at: item)
                continue
            }
            let at = location(of: urlNode)
            let trimmed = Self.trimmed(url, .whitespacesAndNewlines)
            if LinkSafety.isDangerousLink(trimmed) {
                diagnostics.append(.error("unsafe-url",
                    "the link `\(trimmed.prefix(60))` uses a scheme that can run code or open a page of its own; it is not published",
                    at: at))
                continue
            }
            links.append(NavItem(title: title, url: trimmed, location: at))
        }
        return links
    }

    mutating func date(_ key: String, required: Bool = false) -> SimpleDate? {
        guard let text = string(key, required: required), let (node, _) = entry(key) else { return nil }
        guard let date = SimpleDate(text) else {
            let shaped = text.count == 10 && text.split(separator: "-").count == 3
            diagnostics.append(.error(
                "invalid-date",
                shaped ? "`\(key)` is \(text), which is not a real date" : "`\(key)` must be a date written YYYY-MM-DD, not `\(text)`",
                at: location(of: node)))
            return nil
        }
        return date
    }

    /// `aliases:`, each an old address of the page, checked and made output-relative.
    mutating func aliases() -> [Located<String>] {
        list("aliases").compactMap { alias in
            switch AliasPath.normalise(alias.value) {
            case .success(let path): return Located(path, at: alias.location)
            case .failure(let problem):
                diagnostics.append(.error("invalid-alias", "alias `\(alias.value)` \(problem); write the old address as a path, e.g. /briefs/old-slug/",
                                          at: alias.location))
                return nil
            }
        }
    }

    /// A list of text values; a single value counts as a list of one.
    mutating func list(_ key: String, required: Bool = false) -> [Located<String>] {
        guard let (node, _) = entry(key) else {
            if required { missing(key) }
            return []
        }
        var items: [Located<String>] = []
        switch node {
        case .scalar(let s):
            if Self.isNull(node, s) || s.string.isEmpty { break }
            items.append(Located(Self.trimmed(s.string, .whitespaces), at: location(of: node)))
        case .sequence(let seq):
            for item in seq {
                guard case .scalar(let s) = item, !s.string.isEmpty else {
                    wrongType(key, "a list of text values", at: item)
                    continue
                }
                items.append(Located(Self.trimmed(s.string, .whitespaces), at: location(of: item)))
            }
        case .mapping:
            wrongType(key, "a list, e.g. [a, b]", at: node)
        default:
            wrongType(key, "a list, e.g. [a, b]", at: node)
        }
        if required, items.isEmpty {
            diagnostics.append(.error("missing-field", "`\(key)` needs at least one entry", at: location(of: node)))
        }
        return items
    }

    /// Whether a scalar is YAML's null. A plain scalar's tag is resolved by Yams with regular
    /// expressions, which was a tenth of loading; the core schema's null is one of five spellings
    /// (its rules for booleans and numbers match none of them), so those are compared instead.
    static func isNull(_ node: Node, _ scalar: Node.Scalar) -> Bool {
        if scalar.tag.rawValue == Tag.Name.implicit.rawValue { return ["", "~", "null", "Null", "NULL"].contains(scalar.string) }
        return node.tag == .init(.null)
    }

    /// `text` trimmed of `set`, without a copy through NSString when its ends are not in it.
    static func trimmed(_ text: String, _ set: CharacterSet) -> String {
        guard let first = text.unicodeScalars.first, let last = text.unicodeScalars.last,
              set.contains(first) || set.contains(last) else { return text }
        return text.trimmingCharacters(in: set)
    }

    /// A nested mapping, read with its own reader.
    /// A reader for a mapping value found some other way (an entry of a mapping of mappings).
    func nested(in node: Node, origin: SourceLocation, what: String) -> FieldReader? {
        guard case .mapping = node else { return nil }
        return FieldReader(node: node, path: path, startLine: lineOffset + 1, origin: origin, what: what)
    }

    mutating func nested(_ key: String, what: String) -> FieldReader? {
        guard let (node, keyLocation) = entry(key) else { return nil }
        guard case .mapping = node else {
            wrongType(key, "a set of `key: value` entries", at: node)
            return nil
        }
        return FieldReader(node: node, path: path, startLine: lineOffset + 1, origin: keyLocation, what: what)
    }
}
