import Testing
@testable import TemplateEngine

/// What Imprint's models hold, rendered the way the theme relies on.
@Suite struct TemplateRenderingTests {
    func render(_ text: String, _ model: [String: Any], partials: [String: String] = [:]) throws -> String? {
        var library = TemplateLibrary()
        library.register(try Template(text), named: "t")
        for (name, partial) in partials { library.register(try Template(partial), named: name) }
        return try library.render("t", model)
    }

    struct Card: TemplateObject {
        var title: String
        func templateValue(forKey key: String) -> Any? { key == "title" ? title : nil }
    }

    @Test func valuesOfEveryKindAModelHolds() throws {
        let subtitle: String? = nil
        let model: [String: Any] = [
            "s": "a & b", "n": 3, "yes": true, "no": false, "empty": [String](), "words": ["x", "y"],
            "cards": [["title": "One"], ["title": "Two"]], "missing": subtitle as Any, "typed": Card(title: "<T>"),
            "nested": ["deeper": ["value": "v"]],
        ]
        #expect(try render("{{s}}|{{{s}}}|{{n}}|{{yes}}", model) == "a &amp; b|a & b|3|true")
        #expect(try render("{{#yes}}Y{{/yes}}{{#no}}N{{/no}}{{^no}}!N{{/no}}", model) == "Y!N")
        #expect(try render("{{#empty}}E{{/empty}}{{^empty}}none{{/empty}}{{#words}}[{{.}}]{{/words}}", model) == "none[x][y]")
        #expect(try render("{{#cards}}<{{title}}>{{/cards}}", model) == "<One><Two>")
        #expect(try render("{{#missing}}M{{/missing}}{{^missing}}absent{{/missing}}{{missing}}", model) == "absent")
        #expect(try render("{{typed.title}}{{#typed}}/{{title}}{{/typed}}", model) == "&lt;T&gt;/&lt;T&gt;")
        #expect(try render("{{nested.deeper.value}}{{#nested}}{{deeper.value}}{{s}}{{/nested}}", model) == "vva &amp; b")
        #expect(try render("{{#cards}}{{s}}{{/cards}}", model) == "a &amp; ba &amp; b")
    }

    /// A partial that includes itself without end stops at a depth instead of exhausting the
    /// stack, and says so.
    @Test func endlessRecursionStops() throws {
        #expect(throws: TemplateDepthError(template: "t", partial: "p", limit: 64)) {
            try render("{{> p}}", [:], partials: ["p": "x{{> p}}"])
        }
    }

    /// One that includes itself twice stops at the first time it goes too deep, not after 2⁶⁴
    /// renders (found by the `template` fuzz target: a parent named twice in its own text).
    @Test func branchingRecursionStopsAtOnce() throws {
        let clock = ContinuousClock()
        let start = clock.now
        #expect(throws: TemplateDepthError.self) {
            try render("{{> p}}", [:], partials: ["p": "{{> p}}{{> p}}{{<p}}{{/p}}{{<p}}{{/p}}"])
        }
        #expect(clock.now - start < .seconds(5))
    }

    /// Data can end a template that includes itself: a tree as deep as its data.
    @Test func recursionEndedByDataRenders() throws {
        let leaf: [String: Any] = ["name": "c", "children": [[String: Any]]()]
        let tree: [String: Any] = ["name": "a", "children": [["name": "b", "children": [leaf]] as [String: Any]]]
        let out = try render("{{> node}}", tree, partials: ["node": "({{name}}{{#children}}{{> node}}{{/children}})"])
        #expect(out == "(a(b(c)))")
    }

    /// Partial and parent tags are listed with where they are and whether a section holds them.
    @Test func referencesCarryTheirPlace() throws {
        let template = try Template("a\n  {{> one}}\n{{#s}}{{<two}}{{/two}}{{/s}}\n{{^i}}\n{{>three}}\n{{/i}}\n")
        #expect(template.references == [
            TemplateReference(name: "one", isParent: false, line: 2, column: 3, isConditional: false),
            TemplateReference(name: "two", isParent: true, line: 3, column: 7, isConditional: true),
            TemplateReference(name: "three", isParent: false, line: 5, column: 1, isConditional: true),
        ])
    }

    /// The layout the theme uses: a page inherits `base` and fills its blocks; a card partial
    /// is included as a parent with one block set.
    @Test func pageInheritsTheLayout() throws {
        let base = "<title>{{$title}}{{page}}{{/title}}</title>\n{{$main}}{{/main}}\n</body>\n"
        let page = "{{<base}}\n{{$main}}\n<h1>{{heading}}</h1>\n{{/main}}\n{{/base}}\n"
        let out = try render(page, ["page": "P", "heading": "H"], partials: ["base": base])
        #expect(out == "<title>P</title>\n<h1>H</h1>\n\n</body>\n")
        let card = "<h{{$level}}2{{/level}}>{{title}}</h{{$level}}2{{/level}}>"
        #expect(try render("{{<card}}{{$level}}3{{/level}}{{/card}}", ["title": "T"], partials: ["card": card]) == "<h3>T</h3>")
    }
}
