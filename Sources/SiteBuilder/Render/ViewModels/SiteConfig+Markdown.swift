import MarkdownRender
import SiteModel

extension SiteConfig {
    /// How this site's Markdown is rendered: raw HTML as allowed, links under `rootPath`,
    /// GitHub's boxes with the site's own, and note and figure labels in the site's language.
    func markdownOptions(rootPath: String, strings: InterfaceStrings) -> MarkdownOptions {
        let github = BoxKind.builtIn.map { BoxKind(id: $0.id, label: strings["box_" + $0.id]) }
        let english = Language.primary(strings.language.code) == "en"
        let labels = NoteLabels(notes: strings["notes"], backToReference: strings["back_to_reference"],
                                figure: strings["figure"], ordinalUses: english,
                                autoDirection: strings.language.isRightToLeft)
        return MarkdownOptions(allowRawHTML: allowRawHTML, rootPath: rootPath,
                               boxKinds: github + boxes.map { BoxKind(id: $0.id, label: $0.label) }, labels: labels)
    }
}
