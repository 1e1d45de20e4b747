import Foundation

/// The picture link previews show for a brief (`og:image`, `twitter:image`): a 1200×630 JPEG
/// at `briefs/<slug>/share.jpg`, cut from its hero image around the subject (libvips'
/// attention crop, or the hero's `focus:`), SVG heroes included; a brief without a hero gets
/// one drawn from its type, date, title and the institute's logo (`drawn`), rasterised the
/// same way.
enum ShareCard {
    static let width = 1200
    static let height = 630
    static let name = "share.jpg"

    static func path(slug: String) -> String { URLScheme.brief(slug) + name }

    /// The card of a brief without a hero image, as SVG. `logo` is the logo file's bytes and
    /// type, embedded so the drawing needs nothing beside it.
    static func drawn(title: String, kicker: String, organisation: String, logo: (bytes: Data, mime: String)?) -> String {
        let (size, lines) = titleLines(title)
        var svg = """
            <svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" width="\(width)" height="\(height)" viewBox="0 0 \(width) \(height)">
            <rect width="\(width)" height="\(height)" fill="#f4f1ea"/>
            <rect width="24" height="\(height)" fill="#9b3d12"/>

            """
        if let logo {
            svg += "<image x=\"80\" y=\"56\" width=\"480\" height=\"72\" preserveAspectRatio=\"xMinYMin meet\" "
                + "xlink:href=\"data:\(logo.mime);base64,\(logo.bytes.base64EncodedString())\"/>\n"
        }
        svg += "<text x=\"80\" y=\"200\" font-family=\"DejaVu Sans, Noto Sans, sans-serif\" font-size=\"26\" letter-spacing=\"2\" fill=\"#9b3d12\">"
            + escape(kicker.uppercased()) + "</text>\n"
        // The title's lines centred in the band between the type and date and the institute's name.
        let lineHeight = size + 14
        let first = 230 + (300 - lines.count * lineHeight) / 2 + size
        for (i, line) in lines.enumerated() {
            svg += "<text x=\"80\" y=\"\(first + i * lineHeight)\" font-family=\"DejaVu Serif, Noto Serif, serif\" font-weight=\"bold\" "
                + "font-size=\"\(size)\" fill=\"#1c1f23\">" + escape(line) + "</text>\n"
        }
        svg += "<text x=\"80\" y=\"580\" font-family=\"DejaVu Sans, Noto Sans, sans-serif\" font-size=\"26\" fill=\"#3b4149\">"
            + escape(organisation) + "</text>\n</svg>\n"
        return svg
    }

    /// The title in lines that fit the card: large while it takes three lines or fewer, smaller
    /// up to four, then cut with an ellipsis.
    static func titleLines(_ title: String) -> (size: Int, lines: [String]) {
        let large = wrap(title, columns: 30)
        if large.count <= 3 { return (60, large) }
        var small = wrap(title, columns: 38)
        if small.count > 4 {
            small = Array(small.prefix(4))
            small[3] = String(small[3].prefix(36)) + "…"
        }
        return (48, small)
    }

    /// Words into lines of at most `columns` characters; a longer word is cut.
    static func wrap(_ text: String, columns: Int) -> [String] {
        var lines: [String] = []
        var line = ""
        for word in text.split(whereSeparator: \.isWhitespace) {
            var word = Substring(word)
            while word.count > columns {
                if !line.isEmpty { lines.append(line); line = "" }
                lines.append(String(word.prefix(columns)))
                word = word.dropFirst(columns)
            }
            if line.isEmpty {
                line = String(word)
            } else if line.count + 1 + word.count <= columns {
                line += " " + word
            } else {
                lines.append(line)
                line = String(word)
            }
        }
        if !line.isEmpty { lines.append(line) }
        return lines
    }

    private static func escape(_ text: String) -> String { XMLEscape.text(text) }
}
