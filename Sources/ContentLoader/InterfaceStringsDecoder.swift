import SiteModel
import Yams

/// `i18n/<lang>.yaml`: a site's own interface strings for one of its languages (DESIGN §7),
/// `notes: Endnotes`, over Imprint's built-in tables. A key or text that cannot be used is a warning:
/// the page falls back to the built-in (or English) text; a file that is not YAML is an error.
enum InterfaceStringsDecoder {
    static let folder = "i18n"

    static func load(_ siteFolder: SiteFolder, languages: [Language], _ diagnostics: inout [Diagnostic]) -> [String: InterfaceOverride] {
        var overrides: [String: InterfaceOverride] = [:]
        for path in siteFolder.files(under: folder).sorted() {
            let name = String(path.dropFirst(folder.count + 1))
            let code = name.hasSuffix(".yaml") ? String(name.dropLast(5)) : name.hasSuffix(".yml") ? String(name.dropLast(4)) : nil
            guard let code, !code.contains("/") else {
                diagnostics.append(.warning("stray-file", "\(name) is not an `i18n/<language>.yaml` file and is ignored",
                                            at: SourceLocation(file: path)))
                continue
            }
            guard languages.contains(where: { $0.code == code }) else {
                diagnostics.append(.warning("undeclared-language",
                    "\(path) holds strings for `\(code)`, which site.yaml does not declare (`language:` or `languages:`); it is ignored",
                    at: SourceLocation(file: path)))
                continue
            }
            guard let bytes = siteFolder.read(path) else { continue }
            if let override = decode(bytes, path: path, &diagnostics) { overrides[code] = override }
        }
        for language in languages where InterfaceStrings.builtIn(language.code) == nil {
            diagnostics += missing(language, override: overrides[language.code])
        }
        return overrides
    }

    static func decode(_ bytes: [UInt8], path: String, _ diagnostics: inout [Diagnostic]) -> InterfaceOverride? {
        let node: Node?
        switch YAMLParser.parseFile(bytes, path: path) {
        case .success(let parsed): node = parsed
        case .failure(let problem):
            diagnostics.append(problem)
            return nil
        }
        let origin = SourceLocation(file: path, line: 1, column: 1)
        let reader = FieldReader(node: node, path: path, startLine: 1, origin: origin, what: path)
        diagnostics += reader.diagnostics
        guard case .mapping(let mapping) = node else { return InterfaceOverride(path: path, strings: [:]) }
        let known = Set(InterfaceStrings.keys)
        var strings: [String: Located<String>] = [:]
        for (k, v) in mapping {
            let key = k.string ?? "\(k)"
            guard known.contains(key) else {
                var message = "unknown interface string `\(key)`"
                if let guess = Suggestions.closest(to: key, among: InterfaceStrings.keys) { message += "; did you mean `\(guess)`?" }
                message += " (docs/templates.md lists every key)"
                diagnostics.append(.warning("unknown-key", message, at: reader.location(of: k)))
                continue
            }
            guard case .scalar = v, let text = v.string else {
                diagnostics.append(.warning("wrong-type", "`\(key)` must be text", at: reader.location(of: v)))
                continue
            }
            let english = InterfaceStrings.englishText(key) ?? ""
            let wanted = InterfaceStrings.placeholders(english), written = InterfaceStrings.placeholders(text)
            if wanted != written {
                let names = wanted.sorted().map { "{\($0)}" }.joined(separator: ", ")
                diagnostics.append(.warning("string-placeholder",
                    "`\(key)` must hold \(wanted.isEmpty ? "no {…} placeholder" : names) as the English “\(english)” does; the built-in text is shown",
                    at: reader.location(of: v)))
                continue
            }
            strings[key] = Located(text, at: reader.location(of: v))
        }
        return InterfaceOverride(path: path, strings: strings)
    }

    /// A language Imprint has no table for shows English wherever the site's file has no text:
    /// a warning for each such key, or one for a file that is not there at all.
    static func missing(_ language: Language, override: InterfaceOverride?) -> [Diagnostic] {
        let path = "\(folder)/\(language.code).yaml"
        guard let override else {
            return [.warning("missing-translation",
                "Imprint has no interface strings for `\(language.code)` and the site has no \(path): its pages show English words (\"Notes\", \"Published\"); copy the keys from docs/templates.md into \(path)",
                at: SourceLocation(file: SiteConfigDecoder.path, line: 1, column: 1))]
        }
        return InterfaceStrings.keys.filter { override.strings[$0] == nil }.map { key in
            .warning("missing-translation",
                     "no `\(language.code)` text for `\(key)`: the English “\(InterfaceStrings.englishText(key) ?? key)” is shown",
                     at: SourceLocation(file: override.path, line: 1, column: 1))
        }
    }
}
