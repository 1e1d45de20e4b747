import Testing
import TemplateEngine

/// A template's mistakes are reported at the tag that shows them (line and column from 1).
@Suite struct TemplateErrorTests {
    func error(_ text: String) -> TemplateSyntaxError? {
        do { _ = try Template(text); return nil } catch { return error }
    }

    @Test func anUnclosedSectionIsReportedAtItsOpeningTag() {
        let unclosed = error("<p>\n{{#items}}\n<li>{{name}}</li>\n{{#inner}}x{{/inner}}\n</p>\n")
        #expect(unclosed.map { [$0.line, $0.column] } == [2, 1])
        #expect(unclosed?.message == "a section is opened but never closed")
        // A comment spanning lines moves the count on.
        #expect(error("{{! a\nlong comment }}\n{{#s}}\n").map { [$0.line, $0.column] } == [3, 1])
        #expect(error("{{<base}}{{$main}}x{{/main}}").map { [$0.line, $0.column] } == [1, 1])
    }

    @Test func aMismatchedCloseNamesWhatItCloses() {
        let mismatched = error("a\n  {{#a}}\n  {{/b}}\nmore\n")
        #expect(mismatched.map { [$0.line, $0.column] } == [3, 3])
        #expect(mismatched?.message == "a closing tag does not match the section it closes: `{{/b}}` closes `{{#a}}`, opened on line 2")
        #expect(error("x {{/a}}")?.message == "`{{/a}}` closes no section")
    }

    @Test func anUnfinishedTagIsReportedWhereItOpens() {
        #expect(error("one\ntwo {{title}\nthree {{x}}\n").map { [$0.line, $0.column] } == [2, 5])
        #expect(error("é {{{x}}").map { [$0.line, $0.column] } == [1, 3])
        #expect(error("{{x")?.kind == .unfinishedTag)
        #expect(error("{{{x")?.kind == .unfinishedTag)
        #expect(error("{{#a}}{{{b")?.kind == .unfinishedTag)
    }

    @Test func badNamesAndDelimitersAndParents() {
        #expect(error("{{}}")?.kind == .invalidName(""))
        #expect(error("{{a b}}")?.kind == .invalidName("a b"))
        #expect(error("{{=<% =}}")?.kind == .invalidSetDelimiter)
        #expect(error("{{<base}}{{x}}{{/base}}")?.kind == .illegalInsideParent)
        #expect(error("{{<base}} text and {{! a comment }} {{$b}}x{{/b}}{{/base}}") == nil)
    }

    /// Every prefix of a real template either compiles or gives an error inside the text:
    /// never a trap, never a position past the end.
    @Test func everyPrefixOfATemplateIsHandled() {
        let text = "{{! c }}\n<ul>\n{{#items}}\n  <li>{{{name}}} {{&x}} {{> p}}</li>\n{{/items}}\n{{^items}}none{{/items}}\n</ul>\n{{<base}}\n{{$main}}é{{/main}}\n{{/base}}\n{{=<% %>=}}<%x%>"
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).count
        for length in 0...text.utf8.count {
            guard let prefix = String(text.utf8.prefix(length)) else { continue }
            if let e = error(prefix) { #expect(e.line >= 1 && e.line <= lines && e.column >= 1, "\(prefix.debugDescription): \(e)") }
        }
    }
}
