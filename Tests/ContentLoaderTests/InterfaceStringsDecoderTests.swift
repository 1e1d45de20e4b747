import Foundation
import Testing
import SiteModel
@testable import ContentLoader

/// `i18n/<lang>.yaml` over the built-in tables (DESIGN §7).
@Suite struct InterfaceStringsDecoderTests {
    func decode(_ yaml: String) -> (InterfaceOverride?, [Diagnostic]) {
        var diagnostics: [Diagnostic] = []
        let result = InterfaceStringsDecoder.decode(Array(yaml.utf8), path: "i18n/ur.yaml", &diagnostics)
        return (result, diagnostics)
    }

    @Test func aSiteOverridesSomeStrings() throws {
        let (override, diagnostics) = decode("notes: حوالہ جات\nedited_by: \"ترتیب: {names}\"\n")
        #expect(diagnostics.isEmpty, "\(diagnostics)")
        let strings = InterfaceStrings(language: Language(code: "ur"), overrides: try #require(override))
        #expect(strings["notes"] == "حوالہ جات")
        #expect(strings.format("edited_by", ["names": "علی"]) == "ترتیب: علی")
        #expect(strings["published"] == "اشاعت", "the rest stays the built-in Urdu")
    }

    @Test func unknownKeysWrongPlaceholdersAndNonTextWarn() {
        let (override, diagnostics) = decode("nots: x\nedited_by: Edited by\nnotes: [a]\n")
        #expect(diagnostics.map(\.description) == [
            "i18n/ur.yaml:1:1: warning: unknown interface string `nots`; did you mean `notes`? (docs/templates.md lists every key) [unknown-key]",
            "i18n/ur.yaml:2:12: warning: `edited_by` must hold {names} as the English “Edited by {names}” does; the built-in text is shown [string-placeholder]",
            "i18n/ur.yaml:3:8: warning: `notes` must be text [wrong-type]",
        ])
        #expect(override?.strings.isEmpty == true)
    }

    @Test func aFileThatIsNotYAMLIsAnError() {
        let (_, diagnostics) = decode("notes: [unclosed\n")
        #expect(diagnostics.first?.severity == .error)
        #expect(diagnostics.first?.location.file == "i18n/ur.yaml")
    }

    @Test func aLanguageWithoutABuiltInTableNamesEachMissingKey() {
        let sw = Language(code: "sw")
        let none = InterfaceStringsDecoder.missing(sw, override: nil)
        #expect(none.count == 1)
        #expect(none[0].message.contains("no i18n/sw.yaml"))
        let partial = InterfaceStringsDecoder.missing(sw, override: InterfaceOverride(path: "i18n/sw.yaml", strings: [
            "notes": Located("Maelezo", at: SourceLocation(file: "i18n/sw.yaml", line: 1, column: 8)),
        ]))
        #expect(partial.count == InterfaceStrings.keys.count - 1)
        #expect(partial.contains { $0.message == "no `sw` text for `published`: the English “Published” is shown" })
        #expect(!partial.contains { $0.message.contains("`notes`") })
    }

    /// Every built-in table has every key, with the English text's placeholders.
    @Test(arguments: ["ur", "ar"]) func builtInTablesAreComplete(_ code: String) throws {
        let table = try #require(InterfaceStrings.builtIn(code))
        #expect(Set(table.keys) == Set(InterfaceStrings.keys))
        for key in InterfaceStrings.keys {
            let english = try #require(InterfaceStrings.englishText(key))
            #expect(InterfaceStrings.placeholders(table[key] ?? "") == InterfaceStrings.placeholders(english), "\(code) \(key)")
        }
    }

    @Test func joinsNamesInTheLanguage() {
        #expect(InterfaceStrings(language: Language(code: "en")).join(["A", "B", "C"]) == "A, B and C")
        #expect(InterfaceStrings(language: Language(code: "ur")).join(["A", "B", "C"]) == "A، B اور C")
        #expect(InterfaceStrings(language: Language(code: "ar")).join(["A", "B"]) == "A وB")
    }

    @Test func formatHTMLEscapesTheTextNotTheValues() {
        let strings = InterfaceStrings(language: Language(code: "en"), overrides: InterfaceOverride(path: "i18n/en.yaml", strings: [
            "edited_by": Located("<Edited> by {names}", at: SourceLocation(file: "i18n/en.yaml")),
        ]))
        let html = strings.formatHTML("edited_by", ["names": "<a href=\"/x/\">X</a>"]) {
            $0.replacingOccurrences(of: "<", with: "&lt;").replacingOccurrences(of: ">", with: "&gt;")
        }
        #expect(html == "&lt;Edited&gt; by <a href=\"/x/\">X</a>")
    }

    /// docs/templates.md lists every key with its English text, for sites writing i18n files.
    @Test func theTemplateGuideListsEveryKey() throws {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        let guide = try String(contentsOf: root.appendingPathComponent("docs/templates.md"), encoding: .utf8)
        for key in InterfaceStrings.keys {
            #expect(guide.contains("| `\(key)` |"), "docs/templates.md does not list `\(key)`")
        }
    }
}
