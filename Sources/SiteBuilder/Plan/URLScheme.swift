import SiteModel

/// The URL scheme: every output path and URL is built here, from slugs that are already validated,
/// so no page can be written outside the output folder.
struct URLScheme: Sendable {
    /// Absolute base URL ending in `/`, e.g. `https://example.org/research/`.
    let baseURL: String
    /// The path part of the base URL, `/` or `/research/`; prefixes every root-relative URL.
    let basePath: String

    init(baseURL: String) {
        var base = baseURL
        if !base.hasSuffix("/") { base += "/" }
        self.baseURL = base
        if let schemeEnd = base.range(of: "://"),
           let slash = base[schemeEnd.upperBound...].firstIndex(of: "/") {
            basePath = String(base[slash...])
        } else {
            basePath = "/"
        }
    }

    /// Output-relative folder of a page (`briefs/x/`), "" for the home page.
    static func home() -> String { "" }
    static func briefs(page: Int = 1) -> String { paged("briefs/", page) }
    static func brief(_ slug: String) -> String { "briefs/\(slug)/" }
    static func person(_ id: String) -> String { "people/\(id)/" }
    static func people() -> String { "people/" }
    static func centre(_ id: String) -> String { "centres/\(id)/" }
    static func centres() -> String { "centres/" }
    static func page(_ slug: String) -> String { "\(slug)/" }
    static func search() -> String { "search/" }
    /// Where Pagefind writes its index and UI, inside the output folder.
    static let pagefindFolder = "pagefind"
    static func taxonomy(_ kind: String) -> String { "\(kind)/" }
    static func term(_ kind: String, _ slug: String, page: Int = 1) -> String { paged("\(kind)/\(slug)/", page) }

    /// A brief's PDF, in the brief's folder as Google Scholar wants.
    static func pdf(_ slug: String) -> String { "briefs/\(slug)/\(slug).pdf" }
    /// `cite.bib`, `cite.ris`, `cite.json` beside a brief.
    static func cite(_ slug: String, _ format: CitationFormat) -> String { "briefs/\(slug)/cite.\(format.rawValue)" }
    /// A feed file inside a folder (`""` for the site-wide feeds).
    static func feed(_ folder: String, _ format: FeedFormat) -> String { folder + format.fileName }
    static let robots = "robots.txt"

    private static func paged(_ base: String, _ page: Int) -> String {
        page <= 1 ? base : base + "page/\(page)/"
    }

    /// Root-relative URL of an output-relative path.
    func url(_ path: String) -> String { basePath + path }
    /// Absolute URL of an output-relative path.
    func absolute(_ path: String) -> String { baseURL + path }

    /// The file a page folder is written to.
    static func file(_ folder: String) -> String {
        folder.isEmpty || folder.hasSuffix("/") ? folder + "index.html" : folder
    }
}
