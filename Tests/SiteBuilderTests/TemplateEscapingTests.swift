import TemplateEngine
import Testing
@testable import SiteBuilder

/// `{{variable}}` escaping in every template, and the `has_x` flags every list gets.
@Suite struct TemplateEscapingTests {
    @Test func escapesTheFiveCharactersAndNothingElse() {
        #expect(TemplateEscaping.escape(#"<a href="x">Tom & Jerry's</a>"#)
                == "&lt;a href=&quot;x&quot;&gt;Tom &amp; Jerry&#39;s&lt;/a&gt;")
        #expect(TemplateEscaping.escape("Ødegård – “Straße” 東京") == "Ødegård – “Straße” 東京")
        #expect(TemplateEscaping.escape("") == "")
        #expect(TemplateEscaping.escape("é&") == "é&amp;")
    }

    /// swift-mustache's own escaper compares whole characters, so `&` or `<` followed by a
    /// combining mark went through unescaped; bytes catch them.
    @Test func escapesMarkupCharactersFollowedByCombiningMarks() {
        #expect(TemplateEscaping.escape("<\u{338}script>&\u{301}") == "&lt;\u{338}script&gt;&amp;\u{301}")
    }

    /// `{{x}}` in templates and partials escapes the same way, bytes included.
    @Test func templatesAndPartialsUseIt() throws {
        var library = TemplateLibrary()
        library.register(try Template("[{{x}}]{{> p}}\n"), named: "page")
        library.register(try Template("({{x}}{{{x}}})"), named: "p")
        let html = try library.render("page", ["x": "<\u{338}&\u{301}"] as [String: Any])
        #expect(html == "[&lt;\u{338}&amp;\u{301}](&lt;\u{338}&amp;\u{301}<\u{338}&\u{301})\n")
    }

    /// Every list `x`, at any depth, answers to `has_x` (docs/templates.md); other values do not.
    @Test func everyListGetsAFlagAtEveryDepth() throws {
        let model: [String: Any] = [
            "title": "T", "count": 2, "draft": false,
            "keywords": ["a"], "empty": [String](),
            "cards": [["authors": [["name": "A"]], "tags": [Int]()]],
            "meta": ["citation": [["name": "x"]], "nothing": [[String: Any]]()],
        ]
        let text = "{{has_keywords}} {{has_empty}} {{has_cards}} [{{has_title}}{{has_count}}{{has_draft}}{{has_meta}}] "
            + "{{#cards}}{{has_authors}} {{has_tags}}{{/cards}} {{meta.has_citation}} {{meta.has_nothing}} "
            + "{{#has_empty}}never{{/has_empty}}{{^has_empty}}none{{/has_empty}}"
        var library = TemplateLibrary(flagsLists: true)
        library.register(try Template(text), named: "page")
        #expect(try library.render("page", model) == "true false true [] true false true false none")
        // Only where asked for: the Mustache specification knows no such names.
        var plain = TemplateLibrary()
        plain.register(try Template(text), named: "page")
        #expect(try plain.render("page", model) == "   []     none")
    }

    /// A model's own `has_x` wins; a list not found at the innermost object is looked for
    /// outward, like any name: a card without `authors` answers with the page's.
    @Test func aModelsOwnFlagWinsAndLookupGoesOutward() throws {
        var library = TemplateLibrary(flagsLists: true)
        library.register(try Template("{{has_notes}} {{#cards}}[{{has_authors}}]{{/cards}} {{#one}}{{has_nav}}{{/one}}"), named: "page")
        let model: [String: Any] = [
            "notes": ["x"], "has_notes": false, "authors": [String](),
            "cards": [["authors": ["A"]] as [String: Any], ["title": "no authors"]],
            "nav": ["N"], "one": ["nav": TemplateNull()] as [String: Any],
        ]
        #expect(try library.render("page", model) == "false [true][false] true")
    }
}
