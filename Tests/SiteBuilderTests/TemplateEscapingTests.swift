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

    @Test func everyListGetsAFlagAtEveryDepth() {
        let model: [String: Any] = [
            "title": "T", "count": 2, "draft": false,
            "keywords": ["a"], "empty": [String](),
            "cards": [["authors": [["name": "A"]], "tags": [Int]()]],
            "meta": ["citation": [["name": "x"]], "nothing": [[String: Any]]()],
        ]
        let flagged = ListFlags.add(to: model)
        #expect(flagged["has_keywords"] as? Bool == true)
        #expect(flagged["has_empty"] as? Bool == false)
        #expect(flagged["has_cards"] as? Bool == true)
        #expect(flagged["has_title"] == nil && flagged["has_count"] == nil && flagged["has_draft"] == nil)
        let card = (flagged["cards"] as? [[String: Any]])?.first
        #expect(card?["has_authors"] as? Bool == true)
        #expect(card?["has_tags"] as? Bool == false)
        let meta = flagged["meta"] as? [String: Any]
        #expect(meta?["has_citation"] as? Bool == true)
        #expect(meta?["has_nothing"] as? Bool == false)
        #expect(flagged.count == model.count + 3 + 1)  // three flags and the marker
    }

    @Test func aModelIsFlaggedOnceAndThenLeftAsItIs() {
        let card = ListFlags.add(to: ["authors": [["name": "A"]]])
        #expect(card["has_authors"] as? Bool == true)
        // Flags are added when a shared model is made; a flagged model is not walked again.
        var changed = card
        changed["authors"] = [[String: Any]]()
        #expect(ListFlags.add(to: changed)["has_authors"] as? Bool == true)
        // A page holding flagged cards still gets its own flags and flags its other lists.
        let page = ListFlags.add(to: ["cards": [card], "topics": [["links": [String]()]]])
        #expect(page["has_cards"] as? Bool == true)
        #expect((page["topics"] as? [[String: Any]])?.first?["has_links"] as? Bool == false)
        #expect((page["cards"] as? [[String: Any]])?.first?["has_authors"] as? Bool == true)
        // A model merged from a flagged one is new: what the merge adds gets its flags.
        let context = ListFlags.add(to: PageModels.merge(card, ["site": ["nav": [["title": "Briefs"]]]]))
        #expect((context["site"] as? [String: Any])?["has_nav"] as? Bool == true)
    }
}
