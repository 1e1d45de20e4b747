import Testing
import SiteModel
@testable import ContentLoader

@Suite struct BriefDecoderTests {
    func decode(_ text: String) -> (Brief?, [Diagnostic]) {
        let (brief, complete, diagnostics) = BriefDecoder.decode(
            Array(text.utf8), path: "content/briefs/b.md", defaultSlug: "b", bundleDirectory: nil)
        return (complete ? brief : nil, diagnostics)
    }

    @Test func decodesEveryField() throws {
        let (brief, diagnostics) = decode("""
        ---
        title: "A & B: <Policy>"
        subtitle: Sub
        date: 2025-04-07
        updated: 2025-05-01
        authors: [amna, bilal]
        editors: [sara]
        centre: water
        type: policy-brief
        number: PB-1
        topics: [Water, Climate Finance]
        regions: south-asia
        summary: Short.
        image: { src: hero.png, alt: A chart, credit: Us }
        disclaimer: "Our own text."
        doi: 10.1/x
        keywords: [k]
        language: en
        draft: false
        pdf: false
        ---
        Body

        """)
        #expect(diagnostics.isEmpty)
        let b = try #require(brief)
        #expect(b.title == "A & B: <Policy>")
        #expect(b.date == SimpleDate(year: 2025, month: 4, day: 7))
        #expect(b.authors.map(\.value) == ["amna", "bilal"])
        #expect(b.authors[1].location == SourceLocation(file: "content/briefs/b.md", line: 6, column: 17))
        #expect(b.regions == ["south-asia"])
        #expect(b.image?.credit == "Us")
        #expect(b.disclaimer == .custom("Our own text."))
        #expect(b.pdf == false)
        #expect(b.bodyStartLine == 22)
    }

    @Test func impossibleDateIsAnErrorAtItsLine() {
        let (_, d) = decode("---\ntitle: T\ndate: 2025-02-30\nauthors: [a]\n---\n")
        #expect(d.map(\.code) == ["invalid-date"])
        #expect(d[0].location.line == 3)
        #expect(d[0].message.contains("not a real date"))
    }

    @Test func missingRequiredFieldsAreAllReported() {
        let (brief, d) = decode("---\nsubtitle: S\n---\n")
        #expect(brief == nil)
        #expect(d.filter { $0.code == "missing-field" }.count == 3)
    }

    @Test func unknownKeySuggestsTheClosest() {
        let (_, d) = decode("---\ntitle: T\ndate: 2025-01-01\nauthors: [a]\nautors: [b]\n---\n")
        #expect(d.count == 1)
        #expect(d[0].severity == .warning)
        #expect(d[0].message == "unknown key `autors`; did you mean `authors`?")
        #expect(d[0].location.line == 5)
    }

    @Test func wrongTypesAreReported() {
        let (_, d) = decode("---\ntitle: [a, b]\ndate: 2025-01-01\nauthors: [a]\ndraft: maybe\n---\n")
        #expect(d.map(\.code) == ["wrong-type", "wrong-type"])
        #expect(d.contains { $0.code == "wrong-type" && $0.location.line == 2 })
        #expect(d.contains { $0.code == "wrong-type" && $0.location.line == 5 })
    }

    @Test func yamlSyntaxErrorHasFileLine() {
        let (_, d) = decode("---\ntitle: T\ndate: 2025-01-01\nauthors: [a, b\n---\n")
        #expect(d.map(\.code) == ["yaml-syntax"])
        #expect(d[0].location.line >= 4)
    }

    @Test func duplicateKey() {
        let (_, d) = decode("---\ntitle: T\ntitle: U\ndate: 2025-01-01\nauthors: [a]\n---\n")
        #expect(d.map(\.code) == ["duplicate-key"])
    }

    @Test func invalidSlugField() {
        let (_, d) = decode("---\ntitle: T\ndate: 2025-01-01\nauthors: [a]\nslug: ../etc\n---\n")
        #expect(d.map(\.code) == ["invalid-slug"])
    }

    /// Booleans are told by their spelling (YAML's, as Yams' default rule has them), not by tags:
    /// the parser resolves none, and keys must still be checked for duplicates.
    @Test func booleansByTheirSpelling() {
        let base = "---\ntitle: T\ndate: 2025-01-01\nauthors: [a]\n"
        for yes in ["true", "True", "TRUE", "yes", "Yes", "on", "ON"] {
            let (b, d) = decode(base + "draft: \(yes)\n---\n")
            #expect(b?.draft == true && d.isEmpty, "\(yes)")
        }
        for no in ["false", "False", "no", "NO", "off"] {
            let (b, d) = decode(base + "draft: \(no)\npdf: \(no)\n---\n")
            #expect(b?.draft == false && b?.pdf == false && d.isEmpty, "\(no)")
        }
        for text in ["tRUE", "\"true\"", "'yes'", "1", "y", "!!str true"] {
            let (_, d) = decode(base + "draft: \(text)\n---\n")
            #expect(d.map(\.code) == ["wrong-type"], "\(text)")
        }
        let (_, d) = decode(base + "draft: true\ndraft: false\n---\n")
        #expect(d.map(\.code) == ["duplicate-key"])
    }

    @Test func disclaimerFalse() {
        let (b, _) = decode("---\ntitle: T\ndate: 2025-01-01\nauthors: [a]\ndisclaimer: false\n---\n")
        #expect(b?.disclaimer == Disclaimer.none)
        let (text, _) = decode("---\ntitle: T\ndate: 2025-01-01\nauthors: [a]\ndisclaimer: !!str no\n---\n")
        #expect(text?.disclaimer == .custom("no"))
    }
}

/// YAML's null spellings and edge whitespace, read without Yams' tag resolution.
@Suite struct FieldNullAndTrimTests {
    func decode(_ fields: String) -> Brief? {
        BriefDecoder.decode(Array("---\ntitle: T\ndate: 2025-01-01\nauthors: [a]\n\(fields)\n---\nBody.\n".utf8),
                            path: "content/briefs/b.md", defaultSlug: "b", bundleDirectory: nil).0
    }

    @Test func nullSpellingsAreAbsentButQuotedOnesAreText() {
        for spelling in ["", "~", "null", "Null", "NULL", "!!null whatever"] {
            #expect(decode("subtitle: \(spelling)")?.subtitle == nil, "\(spelling)")
            #expect(decode("topics: \(spelling)")?.topics == [], "\(spelling)")
        }
        #expect(decode("subtitle: \"null\"")?.subtitle == "null")
        #expect(decode("subtitle: 'NULL'")?.subtitle == "NULL")
        #expect(decode("subtitle: nil")?.subtitle == "nil")
        #expect(decode("subtitle: Nullable")?.subtitle == "Nullable")
        #expect(decode("topics: null, void")?.topics == ["null, void"])
    }

    @Test func textIsTrimmedOfEveryKindOfSpaceAtItsEnds() {
        #expect(decode("subtitle: \"\\u00A0Sub title\\u3000\"")?.subtitle == "Sub title")
        #expect(decode("subtitle: \"\\tSub\\n\"")?.subtitle == "Sub")
        #expect(decode("subtitle: Sub  title")?.subtitle == "Sub  title")
        #expect(decode("topics: [\" Water \", \"\\u00A0Air\"]")?.topics == ["Water", "Air"])
    }
}
