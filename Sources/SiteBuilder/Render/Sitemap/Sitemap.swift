/// The sitemap (sitemaps.org 0.9). Up to `maxURLsPerFile` URLs it is one `sitemap.xml`;
/// above that, `sitemap.xml` becomes a sitemap index pointing at `sitemap-1.xml`,
/// `sitemap-2.xml`, … each holding at most that many URLs (the protocol's limit is 50,000).
struct Sitemap: Sendable {
    static let protocolLimit = 50_000
    static let indexPath = "sitemap.xml"

    let entries: [SitemapEntry]
    /// Absolute base URL, ending in `/`.
    let baseURL: String
    let maxURLsPerFile: Int

    init(entries: [SitemapEntry], baseURL: String, maxURLsPerFile: Int = Sitemap.protocolLimit) {
        self.entries = entries
        self.baseURL = baseURL
        self.maxURLsPerFile = max(1, maxURLsPerFile)
    }

    var isIndex: Bool { entries.count > maxURLsPerFile }

    var partCount: Int { isIndex ? (entries.count + maxURLsPerFile - 1) / maxURLsPerFile : 0 }

    /// Every file: `sitemap.xml` first, then its parts.
    var paths: [String] { [Self.indexPath] + (0..<partCount).map(partPath) }

    func partPath(_ part: Int) -> String { "sitemap-\(part + 1).xml" }

    /// The file at `paths[fileIndex]`.
    func render(_ fileIndex: Int) -> String {
        guard isIndex else { return urlset(entries[...]) }
        if fileIndex == 0 { return index() }
        let start = (fileIndex - 1) * maxURLsPerFile
        return urlset(entries[start..<min(start + maxURLsPerFile, entries.count)])
    }

    func urlset(_ slice: ArraySlice<SitemapEntry>) -> String {
        var x = "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n"
        // The XHTML namespace only where a page has versions in other languages.
        if slice.contains(where: { !$0.alternates.isEmpty }) {
            x += "<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\" xmlns:xhtml=\"http://www.w3.org/1999/xhtml\">\n"
        } else {
            x += "<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n"
        }
        for entry in slice {
            x += "  <url><loc>\(XMLEscape.text(entry.loc))</loc>"
            if let lastmod = entry.lastmod { x += "<lastmod>\(lastmod.iso)</lastmod>" }
            for alternate in entry.alternates {
                x += "<xhtml:link rel=\"alternate\" hreflang=\"\(XMLEscape.text(alternate.hreflang))\" href=\"\(XMLEscape.text(alternate.href))\"/>"
            }
            x += "</url>\n"
        }
        return x + "</urlset>\n"
    }

    /// Each part with the newest `lastmod` of its URLs.
    func index() -> String {
        var x = "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n"
        x += "<sitemapindex xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n"
        for part in 0..<partCount {
            let start = part * maxURLsPerFile
            let newest = entries[start..<min(start + maxURLsPerFile, entries.count)].compactMap(\.lastmod).max()
            x += "  <sitemap><loc>\(XMLEscape.text(baseURL + partPath(part)))</loc>"
            if let newest { x += "<lastmod>\(newest.iso)</lastmod>" }
            x += "</sitemap>\n"
        }
        return x + "</sitemapindex>\n"
    }
}
