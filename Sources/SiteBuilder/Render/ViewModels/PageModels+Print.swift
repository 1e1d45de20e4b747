import Foundation
import MarkdownRender
import SiteModel

extension PageModels {
    /// Longest title the running header shows whole.
    static let shortTitleLength = 60

    /// The model of `print/brief.mustache`: the brief page's model with the notes turned into
    /// footnotes, files as file URLs (WeasyPrint reads them from disk), and `print`.
    /// Also returns every file the page loads, for the PDF's cache key.
    /// The same from the rendered body (the streamed build). The page is described as having
    /// no PDF, whether one is published or not: its key must not depend on the PDF it makes.
    func printBrief(_ index: Int, rendered: RenderedMarkdown, files: PrintFiles) -> (model: [String: Any], uses: [URL]) {
        let brief = site.briefs[index]
        // No PDF: it cannot describe itself, and its cache key stays stable.
        var model = self.brief(index, rendered: rendered, pdf: nil)
        var uses: [URL] = []

        let language = brief.language.flatMap(site.config.language) ?? strings.language
        let (body, images) = files.printBody(rendered, slug: brief.slug, bundle: brief.bundleDirectory, basePath: scheme.rootPath,
                                             rightToLeft: language.isRightToLeft)
        model["body"] = body
        uses += images
        if var image = model["image"] as? [String: Any] {
            if let path = site.heroImages[brief.slug], let file = files.outputFile(path, slug: brief.slug, bundle: brief.bundleDirectory) {
                image["src"] = file.absoluteString
                uses.append(file)
                model["image"] = image
            } else {
                model["image"] = nil
            }
        }

        var print: [String: Any] = [
            "paper": site.config.pdf.paper.cssSize,
            "short_title": Self.shortTitle(brief.title),
            "language": brief.language ?? site.config.language,
            "web_url": scheme.absolute(URLScheme.brief(brief.slug)),
            "year": brief.date.year,
        ]
        if language.isRightToLeft { print["direction"] = "rtl" }
        if strings["print_page_counter"] != InterfaceStrings.englishText("print_page_counter") {
            print["page_counter_css"] = Self.counterCSS(strings["print_page_counter"])
        }
        if let css = files.staticFile("css/print.css") {
            print["stylesheet_url"] = css.absoluteString
            uses.append(css)
        }
        if let logo = files.staticFile(site.logoPath) {
            print["logo_url"] = logo.absoluteString
            uses.append(logo)
        }
        let keywords = SiteResolver.unique(brief.keywords.isEmpty ? brief.topics : brief.keywords)
        if !keywords.isEmpty { print["keywords"] = keywords.joined(separator: ", ") }
        model["print"] = print
        return (model, uses)
    }

    /// "Page {page} of {pages}" as a CSS `content` value: quoted text around `counter(page)` and
    /// `counter(pages)`, for the page foot of the PDF in the site's language.
    static func counterCSS(_ text: String) -> String {
        var parts: [String] = []
        var rest = Substring(text)
        func quoted(_ s: Substring) -> String {
            var out = "\""
            for scalar in s.unicodeScalars {
                switch scalar {
                case "\"", "\\": out += "\\" + String(scalar)
                case "<", ">", "{", "}": out += "\\" + String(scalar.value, radix: 16) + " "
                // A line end, form feed or NUL would end the string: hex-escaped like every control.
                case _ where scalar.value < 0x20 || scalar.value == 0x7F:
                    out += "\\" + String(scalar.value == 0 ? 0xFFFD : scalar.value, radix: 16) + " "
                default: out.unicodeScalars.append(scalar)
                }
            }
            return out + "\""
        }
        while let open = rest.range(of: "{page") {
            let isTotal = rest[open.upperBound...].hasPrefix("s}")
            guard isTotal || rest[open.upperBound...].hasPrefix("}") else { break }
            if !rest[..<open.lowerBound].isEmpty { parts.append(quoted(rest[..<open.lowerBound])) }
            parts.append(isTotal ? "counter(pages)" : "counter(page)")
            rest = rest[rest.index(open.upperBound, offsetBy: isTotal ? 2 : 1)...]
        }
        if !rest.isEmpty { parts.append(quoted(rest)) }
        return parts.joined(separator: " ")
    }

    /// The title for the running header: whole when short, else cut at a word and marked "…".
    static func shortTitle(_ title: String) -> String {
        guard title.count > shortTitleLength else { return title }
        let cut = title.prefix(shortTitleLength - 1)
        let word = cut.lastIndex(of: " ").map { cut[..<$0] } ?? cut
        return word.trimmingCharacters(in: .punctuationCharacters.union(.whitespaces)) + "…"
    }
}
