import Testing
import SiteModel
@testable import MarkdownRender

/// cmark-gfm keeps the extensions' special characters (`:` for autolinks, `~`, `|`) in one
/// table for the whole process, added when a parser starts on inlines and removed when it ends;
/// two parsers finishing at once used to drop each other's, so a bare URL was sometimes linked
/// and sometimes not. The same Markdown must render the same, whatever runs beside it.
@Suite struct ConcurrentRenderTests {
    @Test func theSameMarkdownRendersTheSameInParallel() {
        let markdown = (1...40).map { "Paragraph \($0) cites https://example.org/\($0) and ~~old~~ text.\n\n| a | b |\n|---|---|\n| 1 | 2 |\n" }
            .joined(separator: "\n")
        let renderer = MarkdownRenderer()
        let expected = renderer.render(markdown, file: "f.md", idPrefix: "p").html
        #expect(expected.contains("<a href=\"https://example.org/40\">"))
        let outputs = Array(repeating: markdown, count: 400).concurrentMap(jobs: 8) {
            renderer.render($0, file: "f.md", idPrefix: "p").html
        }
        #expect(outputs.filter { $0 != expected }.count == 0)
    }
}
