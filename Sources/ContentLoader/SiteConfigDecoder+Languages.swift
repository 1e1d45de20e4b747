import SiteModel
import Yams

extension SiteConfigDecoder {
    /// `language:` and `languages:` (DESIGN §7): the default first, then each declared one as
    /// `ur: { name: اردو, direction: rtl, title: …, description: …, nav: […] }`, `ur: اردو` or
    /// `ur:`. The default may be listed to
    /// give its name; a code is a URL folder, so one that is not a language tag is an error.
    static func decodeLanguages(_ f: inout FieldReader) -> [Language] {
        let defaultCode = f.located("language")
        var languages = [Language(code: defaultCode?.value ?? "en")]
        if let defaultCode, !Language.isValidCode(defaultCode.value) {
            f.diagnostics.append(.error("invalid-language",
                "`language` must be a language code such as `en`, `ur` or `pt-BR`, not `\(defaultCode.value)`", at: defaultCode.location))
        }
        guard let (node, _) = f.entry("languages") else { return languages }
        guard case .mapping(let declared) = node else {
            f.wrongType("languages", "a set of languages, e.g. `ur: { name: اردو, direction: rtl }`", at: node)
            return languages
        }
        for (key, value) in declared {
            let code = key.string ?? ""
            let at = f.location(of: key)
            guard Language.isValidCode(code) else {
                f.diagnostics.append(.error("invalid-language",
                    "`\(code)` is not a language code such as `ur`, `ar` or `pt-BR`; it names the language's folder (/\(code)/)", at: at))
                continue
            }
            if Taxonomy.reservedNames.contains(code) {
                f.diagnostics.append(.error("invalid-language",
                    "`\(code)` is a folder Imprint writes itself (/\(code)/), so it cannot hold a language's pages", at: at))
                continue
            }
            if let other = languages.dropFirst().first(where: { $0.code.lowercased() == code.lowercased() && $0.code != code }) {
                f.diagnostics.append(.error("invalid-language",
                    "`\(code)` and `\(other.code)` differ only in case: on some disks they would share one folder", at: at))
                continue
            }
            if languages.dropFirst().contains(where: { $0.code == code }) { continue }
            var name: String?
            var direction: Language.Direction?
            var title: String?, description: String?, navigation: [NavItem]?, disclaimer: String?
            var typeLabels: [String: String] = [:], boxLabels: [String: String] = [:]
            if case .scalar(let scalar) = value, !FieldReader.isNull(value, scalar) {
                name = value.string
            } else if case .mapping = value, var entry = f.nested(in: value, origin: at, what: "language `\(code)`") {
                entry.checkKeys(known: ["name", "direction", "title", "description", "nav", "disclaimer", "types", "boxes"])
                disclaimer = entry.string("disclaimer")
                typeLabels = labels(&entry, "types", example: "policy-brief: پالیسی بریف")
                boxLabels = labels(&entry, "boxes", example: "key-findings: اہم نتائج")
                name = entry.string("name")
                title = entry.string("title")
                description = entry.string("description")
                if entry.entry("nav") != nil { navigation = entry.links("nav") }
                if let written = entry.located("direction") {
                    direction = Language.Direction(rawValue: written.value)
                    if direction == nil {
                        entry.diagnostics.append(.error("wrong-type",
                            "`direction` must be `ltr` or `rtl`, not `\(written.value)`", at: written.location))
                    }
                }
                f.diagnostics += entry.diagnostics
            } else if case .sequence = value {
                f.wrongType(code, "a name or `{ name: …, direction: rtl }`", at: value)
                continue
            }
            var language = Language(code: code, name: name, direction: direction)
            language.title = title
            language.description = description
            language.navigation = navigation
            language.disclaimer = disclaimer
            language.typeLabels = typeLabels
            language.boxLabels = boxLabels
            if code == languages[0].code { languages[0] = language } else { languages.append(language) }
        }
        return languages
    }

    /// `{ id: Label }` under `key` of a language's entry.
    private static func labels(_ entry: inout FieldReader, _ key: String, example: String) -> [String: String] {
        guard let (node, _) = entry.entry(key) else { return [:] }
        guard case .mapping(let m) = node else {
            entry.wrongType(key, "`id: Label` entries, e.g. `\(example)`", at: node)
            return [:]
        }
        var labels: [String: String] = [:]
        for (k, v) in m {
            guard let id = k.string, let label = v.string, !label.isEmpty else {
                entry.wrongType(key, "`id: Label` entries, e.g. `\(example)`", at: v)
                continue
            }
            labels[id] = label
        }
        return labels
    }
}
