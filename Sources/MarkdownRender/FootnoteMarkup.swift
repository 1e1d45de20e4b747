/// The HTML of DESIGN §5: ids carry a per-brief prefix so two briefs can share a page.
struct FootnoteMarkup {
    let prefix: String

    var labelID: String { "\(prefix)-footnotes-label" }
    func noteID(_ n: Int) -> String { "\(prefix)-fn-\(n)" }
    /// The first reference is `fnref-1`, the k-th `fnref-1-k`.
    func referenceID(_ n: Int, use k: Int) -> String {
        k == 1 ? "\(prefix)-fnref-\(n)" : "\(prefix)-fnref-\(n)-\(k)"
    }

    func reference(_ n: Int, use k: Int) -> String {
        "<sup class=\"footnote-ref\"><a href=\"#\(noteID(n))\" id=\"\(referenceID(n, use: k))\" "
            + "role=\"doc-noteref\" aria-describedby=\"\(labelID)\">\(n)</a></sup>"
    }

    func backlink(_ n: Int, use k: Int) -> String {
        let label = k == 1 ? "Back to reference \(n)" : "Back to reference \(n), \(Self.ordinal(k)) use"
        return "<a href=\"#\(referenceID(n, use: k))\" role=\"doc-backlink\" aria-label=\"\(label)\">↩</a>"
    }

    func backlinks(_ n: Int, uses: Int) -> String {
        (1...max(uses, 1)).map { backlink(n, use: $0) }.joined(separator: " ")
    }

    func section(items: [String], heading: String = "Notes") -> String {
        "<section class=\"footnotes\" role=\"doc-endnotes\" aria-labelledby=\"\(labelID)\">\n"
            + "<h2 id=\"\(labelID)\">\(heading)</h2>\n<ol>\n"
            + items.joined(separator: "\n")
            + "\n</ol>\n</section>\n"
    }

    func item(_ n: Int, html: String) -> String {
        "<li id=\"\(noteID(n))\">\(html)</li>"
    }

    static func ordinal(_ k: Int) -> String {
        let words = ["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth"]
        return k >= 1 && k <= words.count ? words[k - 1] : "\(k)th"
    }
}
