import MarkdownRender
import SiteModel

extension SiteConfig {
    /// How this site's Markdown is rendered: raw HTML as allowed, links under `rootPath`, and
    /// GitHub's boxes with the site's own.
    func markdownOptions(rootPath: String) -> MarkdownOptions {
        MarkdownOptions(allowRawHTML: allowRawHTML, rootPath: rootPath,
                        boxKinds: BoxKind.builtIn + boxes.map { BoxKind(id: $0.id, label: $0.label) })
    }
}
