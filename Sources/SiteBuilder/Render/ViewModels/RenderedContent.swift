import MarkdownRender

/// Markdown rendered once per build: briefs by index in `ResolvedSite.briefs`, the rest by id.
struct RenderedContent: Sendable {
    var briefs: [RenderedMarkdown]
    var people: [String: RenderedMarkdown]
    var centres: [String: RenderedMarkdown]
    var pages: [String: RenderedMarkdown]
}
