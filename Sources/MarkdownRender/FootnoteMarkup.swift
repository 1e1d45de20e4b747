/// The footnote HTML: references, notes and labelled backlinks with DPUB-ARIA roles; ids carry a
/// per-brief prefix so two briefs can share a page.
///
/// Built by appending to one String rather than by interpolation: a brief has dozens of
/// references and backlinks, and interpolation (with its intermediate Strings) showed in the
/// profile of every build.
struct FootnoteMarkup {
    let prefix: String
    let labelID: String
    let labels: NoteLabels
    /// The backlink label around the note's number.
    private let backBefore: String, backAfter: String

    init(prefix: String, labels: NoteLabels = .english) {
        self.prefix = prefix
        labelID = prefix + "-footnotes-label"
        self.labels = labels
        (backBefore, backAfter) = NoteLabels.split(labels.backToReference)
    }

    func noteID(_ n: Int) -> String { prefix + "-fn-" + String(n) }

    /// The first reference is `fnref-1`, the k-th `fnref-1-k`.
    func referenceID(_ n: Int, use k: Int) -> String {
        var id = prefix + "-fnref-" + String(n)
        if k != 1 { id += "-" + String(k) }
        return id
    }

    func reference(_ n: Int, use k: Int) -> String {
        let number = String(n)
        var html = "<sup class=\"footnote-ref\"><a href=\"#"
        html.reserveCapacity(160 + 3 * prefix.utf8.count)
        html += prefix
        html += "-fn-"
        html += number
        html += "\" id=\""
        html += referenceID(n, use: k)
        html += "\" role=\"doc-noteref\" aria-describedby=\""
        html += labelID
        html += "\">"
        html += number
        html += "</a></sup>"
        return html
    }

    func backlink(_ n: Int, use k: Int) -> String {
        var html = "<a href=\"#"
        html.reserveCapacity(120 + prefix.utf8.count)
        html += referenceID(n, use: k)
        html += "\" role=\"doc-backlink\" aria-label=\""
        html += Self.attribute(backBefore)
        html += String(n)
        html += Self.attribute(backAfter)
        if k != 1 {
            if labels.ordinalUses {
                html += ", "
                html += Self.ordinal(k)
                html += " use"
            } else {
                html += " ("
                html += String(k)
                html += ")"
            }
        }
        html += "\">↩</a>"
        return html
    }

    func backlinks(_ n: Int, uses: Int) -> String {
        var html = backlink(n, use: 1)
        if uses > 1 {
            for k in 2...uses {
                html += " "
                html += backlink(n, use: k)
            }
        }
        return html
    }

    func section(items: [String]) -> String {
        "<section class=\"footnotes\" role=\"doc-endnotes\" aria-labelledby=\"\(labelID)\">\n"
            + "<h2 id=\"\(labelID)\">\(Self.attribute(labels.notes))</h2>\n<ol>\n"
            + items.joined(separator: "\n")
            + "\n</ol>\n</section>\n"
    }

    func item(_ n: Int, html: String) -> String {
        "<li id=\"" + noteID(n) + (labels.autoDirection ? "\" dir=\"auto\">" : "\">") + html + "</li>"
    }

    /// Text from site strings, safe in an attribute or element.
    static func attribute(_ text: String) -> String {
        guard text.contains(where: { "&<>\"".contains($0) }) else { return text }
        return text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
            .replacingOccurrences(of: ">", with: "&gt;").replacingOccurrences(of: "\"", with: "&quot;")
    }

    /// "second" … "tenth", then "11th", "21st", "22nd", "23rd", "111th".
    static func ordinal(_ k: Int) -> String {
        let words = ["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth"]
        if k >= 1 && k <= words.count { return words[k - 1] }
        let suffix: String
        switch (k % 10, k % 100) {
        case (_, 11...13): suffix = "th"
        case (1, _): suffix = "st"
        case (2, _): suffix = "nd"
        case (3, _): suffix = "rd"
        default: suffix = "th"
        }
        return String(k) + suffix
    }
}
