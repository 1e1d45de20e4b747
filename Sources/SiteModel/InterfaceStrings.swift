/// The words a page, feed or PDF shows around the content ("Notes", "Edited by", "Download PDF"),
/// in one language: the site's `i18n/<lang>.yaml` over the built-in table of that language
/// (English, Urdu, Arabic), English for any key neither has.
public struct InterfaceStrings: Sendable {
    public let language: Language
    private let table: [String: String]

    /// Every key, in the order of the English table.
    public static let keys: [String] = english.map(\.key)
    static let englishTable: [String: String] = Dictionary(uniqueKeysWithValues: english.map { ($0.key, $0.value) })

    /// The built-in table for a language (by its primary subtag: `ur-PK` uses Urdu's), if there is one.
    public static func builtIn(_ code: String) -> [String: String]? {
        switch Language.primary(code) {
        case "en": return englishTable
        case "ur": return urdu
        case "ar": return arabic
        default: return nil
        }
    }

    public init(language: Language, overrides: InterfaceOverride? = nil) {
        self.language = language
        var table = Self.englishTable
        table.merge(Self.builtIn(language.code) ?? [:]) { _, new in new }
        for (key, value) in overrides?.strings ?? [:] where table[key] != nil { table[key] = value.value }
        self.table = table
    }

    public subscript(_ key: String) -> String { table[key] ?? key }

    /// The string with each `{name}` replaced by its value.
    public func format(_ key: String, _ values: [String: String]) -> String {
        Self.fill(self[key], values)
    }

    static func fill(_ template: String, _ values: [String: String], escape: (String) -> String = { $0 }) -> String {
        var out = ""
        var rest = template[...]
        while let open = rest.firstIndex(of: "{"), let close = rest[open...].firstIndex(of: "}") {
            let name = String(rest[rest.index(after: open)..<close])
            out += escape(String(rest[..<open]))
            if let value = values[name] { out += value } else { out += escape(String(rest[open...close])) }
            rest = rest[rest.index(after: close)...]
        }
        return out + escape(String(rest))
    }

    /// The string as HTML: its own text escaped with `escape`, each `{name}` replaced by a value
    /// that is HTML already (a `<time>`, a link).
    public func formatHTML(_ key: String, _ values: [String: String], escape: (String) -> String) -> String {
        Self.fill(self[key], values, escape: escape)
    }

    /// "A", "A and B", "A, B and C", with the language's words; `escape` applies to the words
    /// (not the names) when the names are HTML already.
    public func join(_ names: [String], escape: (String) -> String = { $0 }) -> String {
        switch names.count {
        case 0: return ""
        case 1: return names[0]
        default: return names.dropLast().joined(separator: escape(self["list_separator"])) + escape(self["and"]) + names.last!
        }
    }

    /// Every key with its text, as templates read it (`{{t.notes}}`).
    public var all: [String: String] { table }

    /// The `{name}` placeholders of a string, which a translation must keep.
    public static func placeholders(_ text: String) -> Set<String> {
        var names: Set<String> = []
        var rest = text[...]
        while let open = rest.firstIndex(of: "{"), let close = rest[open...].firstIndex(of: "}") {
            names.insert(String(rest[rest.index(after: open)..<close]))
            rest = rest[rest.index(after: close)...]
        }
        return names
    }

    /// The English text of a key (to show beside a missing translation).
    public static func englishText(_ key: String) -> String? { englishTable[key] }
}

/// A site's `i18n/<lang>.yaml`: its own words for some interface strings of one language.
public struct InterfaceOverride: Sendable {
    public var path: String
    public var strings: [String: Located<String>]

    public init(path: String, strings: [String: Located<String>]) {
        self.path = path
        self.strings = strings
    }
}
