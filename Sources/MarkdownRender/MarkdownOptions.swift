/// How Markdown is turned into HTML for one site.
public struct MarkdownOptions: Sendable, Hashable {
    /// Pass raw HTML through (trusted embeds). Off by default: raw HTML is dropped with a warning.
    public var allowRawHTML: Bool
    /// Curly quotes, en and em dashes, ellipses.
    public var smartPunctuation: Bool
    /// The site's root path (`/` or `/research/`): root-relative links and images written as
    /// `/briefs/x/` are rewritten to sit under it, so a site can live in a sub-folder.
    public var rootPath: String
    /// The kinds of `> [!KIND]` box: GitHub's and the site's own (site.yaml `boxes:`).
    public var boxKinds: [BoxKind]
    /// The notes heading, backlink and figure labels in the site's language.
    public var labels: NoteLabels

    public init(allowRawHTML: Bool = false, smartPunctuation: Bool = true, rootPath: String = "/",
                boxKinds: [BoxKind] = BoxKind.builtIn, labels: NoteLabels = .english) {
        self.labels = labels
        self.allowRawHTML = allowRawHTML
        self.smartPunctuation = smartPunctuation
        self.rootPath = rootPath.hasSuffix("/") ? rootPath : rootPath + "/"
        self.boxKinds = boxKinds
    }
}
