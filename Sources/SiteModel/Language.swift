/// A language a site publishes in (DESIGN §7): its code, its own name for the switcher, and the
/// direction its script runs.
public struct Language: Sendable, Hashable {
    public enum Direction: String, Sendable, Hashable {
        case ltr, rtl
    }

    /// A BCP 47 tag as written in site.yaml: `en`, `ur`, `pt-BR`.
    public var code: String
    /// The name readers of the language know it by (`اردو`), shown in the language switcher.
    public var name: String
    public var direction: Direction
    /// The site's title, description and menu in this language (site.yaml `languages: { ur:
    /// { title, description, nav } }`); nil keeps the default's.
    public var title: String?
    public var description: String?
    public var navigation: [NavItem]?
    /// The site's disclaimer and its types' labels in this language (`types: { policy-brief: … }`).
    public var disclaimer: String?
    public var typeLabels: [String: String] = [:]
    /// The site's own boxes' labels in this language (`boxes: { key-findings: … }`).
    public var boxLabels: [String: String] = [:]

    public init(code: String, name: String? = nil, direction: Direction? = nil) {
        self.code = code
        self.name = name ?? Self.knownNames[Self.primary(code)] ?? code
        self.direction = direction ?? (Self.rightToLeft.contains(Self.primary(code)) ? .rtl : .ltr)
    }

    public var isRightToLeft: Bool { direction == .rtl }

    /// The language without region or script: `pt` of `pt-BR`.
    public static func primary(_ code: String) -> String {
        String(code.prefix { $0 != "-" && $0 != "_" }).lowercased()
    }

    /// Whether `code` has the shape of a BCP 47 tag: a 2–3 letter language, then subtags of
    /// 2–8 letters or digits (`en`, `ur`, `zh-Hant`, `pt-BR`). It becomes a URL folder, so
    /// nothing else is let through.
    public static func isValidCode(_ code: String) -> Bool {
        let parts = code.split(separator: "-", omittingEmptySubsequences: false)
        guard let first = parts.first, (2...3).contains(first.count),
              first.allSatisfy({ $0.isASCII && $0.isLowercase && $0.isLetter }) else { return false }
        return parts.dropFirst().allSatisfy { part in
            (2...8).contains(part.count) && part.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber) }
        }
    }

    /// Languages written right to left by default (a site may still say `direction:`).
    static let rightToLeft: Set<String> = ["ar", "ur", "fa", "he", "ps", "sd", "ug", "yi", "dv", "ckb"]

    /// Names for the switcher when site.yaml gives none.
    static let knownNames: [String: String] = [
        "en": "English", "ur": "اردو", "ar": "العربية", "fr": "Français", "sw": "Kiswahili",
        "es": "Español", "pt": "Português", "de": "Deutsch", "fa": "فارسی", "hi": "हिन्दी",
    ]
}
