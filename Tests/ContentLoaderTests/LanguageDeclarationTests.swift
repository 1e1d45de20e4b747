import Testing
import SiteModel
@testable import ContentLoader

/// site.yaml `language:` and `languages:` (DESIGN §7).
@Suite struct LanguageDeclarationTests {
    func decode(_ yaml: String) -> (SiteConfig?, [Diagnostic]) {
        SiteConfigDecoder.decode(Array("title: T\nbase_url: https://example.org/\n\(yaml)".utf8))
    }

    @Test func defaultIsEnglishLeftToRight() throws {
        let (config, diagnostics) = decode("")
        #expect(diagnostics.isEmpty)
        let languages = try #require(config).languages
        #expect(languages == [Language(code: "en", name: "English", direction: .ltr)])
    }

    @Test func declaredLanguagesInOrderWithTheirDirections() throws {
        let (config, diagnostics) = decode("""
            language: en
            languages:
              ur: { name: "اردو", direction: rtl }
              ar: العربية
              fr:
              sw: { direction: ltr }
            """)
        #expect(diagnostics.isEmpty, "\(diagnostics)")
        let languages = try #require(config).languages
        #expect(languages.map(\.code) == ["en", "ur", "ar", "fr", "sw"])
        #expect(languages.map(\.direction) == [.ltr, .rtl, .rtl, .ltr, .ltr])
        #expect(languages.map(\.name) == ["English", "اردو", "العربية", "Français", "Kiswahili"])
    }

    @Test func anUrduSiteReadsRightToLeftWithoutSayingSo() throws {
        let (config, diagnostics) = decode("language: ur\n")
        #expect(diagnostics.isEmpty)
        let site = try #require(config)
        #expect(site.defaultLanguage.isRightToLeft)
        #expect(site.defaultLanguage.name == "اردو")
    }

    @Test func theDefaultMayBeListedToNameIt() throws {
        let (config, _) = decode("language: en\nlanguages:\n  en: { name: English (UK) }\n  ur:\n")
        #expect(try #require(config).languages.map(\.name) == ["English (UK)", "اردو"])
    }

    @Test func badCodesAndDirectionsAreLocated() {
        let (_, diagnostics) = decode("language: English\nlanguages:\n  ../x: Evil\n  ur: { direction: backwards, font: x }\n")
        #expect(diagnostics.map(\.description).sorted() == [
            "site.yaml:3:11: error: `language` must be a language code such as `en`, `ur` or `pt-BR`, not `English` [invalid-language]",
            "site.yaml:5:3: error: `../x` is not a language code such as `ur`, `ar` or `pt-BR`; it names the language's folder (/../x/) [invalid-language]",
            "site.yaml:6:20: error: `direction` must be `ltr` or `rtl`, not `backwards` [wrong-type]",
            "site.yaml:6:31: warning: unknown key `font`; known keys are `boxes`, `description`, `direction`, `disclaimer`, `name`, `nav`, `title`, `types` [unknown-key]",
        ].sorted())
    }

    @Test func aCodeMayNotBeAFolderImprintWritesOrDifferOnlyInCase() {
        let (config, diagnostics) = decode("languages:\n  css:\n  pt-BR:\n  pt-br:\n")
        #expect(diagnostics.map(\.description) == [
            "site.yaml:4:3: error: `css` is a folder Imprint writes itself (/css/), so it cannot hold a language's pages [invalid-language]",
            "site.yaml:6:3: error: `pt-br` and `pt-BR` differ only in case: on some disks they would share one folder [invalid-language]",
        ])
        #expect(config?.languages.map(\.code) == ["en", "pt-BR"])
    }

    @Test(arguments: ["en", "ur", "pt-BR", "zh-Hant", "sr-Latn-RS"]) func validCodes(_ code: String) {
        #expect(Language.isValidCode(code))
    }

    @Test(arguments: ["", "e", "EN", "english", "en_US", "../en", "en/", "en-", "ur-a", "ur-toolongsubtag", "ür"]) func invalidCodes(_ code: String) {
        #expect(!Language.isValidCode(code))
    }
}

/// `x.ur.md` is a translation; a dot that is not before a language code is part of a slug.
@Suite struct TranslationNameTests {
    @Test func namesWithALanguageCode() {
        #expect(SiteLoader.translationName("water.ur.md")! == ("water", "ur"))
        #expect(SiteLoader.translationName("index.pt-BR.md")! == ("index", "pt-BR"))
        #expect(SiteLoader.translationName("water.md") == nil)
        #expect(SiteLoader.translationName("v1.2.md") == nil)
        #expect(SiteLoader.translationName("water.ur.txt") == nil)
    }
}
