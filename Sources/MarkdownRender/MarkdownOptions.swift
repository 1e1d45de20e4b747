/// How Markdown is turned into HTML for one site.
public struct MarkdownOptions: Sendable, Hashable {
    /// Pass raw HTML through (trusted embeds). Off by default: raw HTML is dropped with a warning.
    public var allowRawHTML: Bool
    /// Curly quotes, en and em dashes, ellipses.
    public var smartPunctuation: Bool

    public init(allowRawHTML: Bool = false, smartPunctuation: Bool = true) {
        self.allowRawHTML = allowRawHTML
        self.smartPunctuation = smartPunctuation
    }
}
