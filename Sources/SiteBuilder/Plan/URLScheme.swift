import SiteModel

/// The URL scheme: every output path and URL is built here, from slugs that are already validated,
/// so no page can be written outside the output folder.
struct URLScheme: Sendable {
    /// Absolute base URL ending in `/`, e.g. `https://example.org/research/`.
    let baseURL: String
    /// The path part of the base URL, `/` or `/research/`; prefixes every root-relative URL.
    let basePath: String
    /// The site's own base URL and path: the same, except for the pages of another language
    /// (DESIGN §7), whose base is the language's folder (`/research/ur/`) while static files,
    /// the logo and the search index stay at the site's root.
    let rootURL: String
    let rootPath: String
    /// The language folder of these pages (`ur/`), "" for the default language.
    let language: String
    /// Output-relative files served from the site's root whatever the page's language (static
    /// files): `url` and `absolute` never put them under the language's folder.
    var assets: Set<String> = []

    init(baseURL: String, language: String = "") {
        var root = baseURL
        if !root.hasSuffix("/") { root += "/" }
        rootURL = root
        if let schemeEnd = root.range(of: "://"),
           let slash = root[schemeEnd.upperBound...].firstIndex(of: "/") {
            rootPath = String(root[slash...])
        } else {
            rootPath = "/"
        }
        self.language = language
        self.baseURL = root + language
        basePath = rootPath + language
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
    func url(_ path: String) -> String { (language.isEmpty || !assets.contains(path) ? basePath : rootPath) + Self.encoded(path) }
    /// Absolute URL of an output-relative path.
    func absolute(_ path: String) -> String { (language.isEmpty || !assets.contains(path) ? baseURL : rootURL) + Self.encoded(path) }

    /// A path with its bytes outside ASCII percent-encoded: a term in another script is a
    /// folder named in that script (`topics/پانی/`), and its URL `topics/%D9%BE%D8%A7%D9%86%DB%8C/`,
    /// which browsers show as written.
    static func encoded(_ path: String) -> String {
        guard !path.utf8.allSatisfy({ $0 < 0x80 }) else { return path }
        let hex = Array("0123456789ABCDEF".utf8)
        var out: [UInt8] = []
        for byte in path.utf8 {
            if byte < 0x80 { out.append(byte) } else { out += [UInt8(ascii: "%"), hex[Int(byte >> 4)], hex[Int(byte & 0xF)]] }
        }
        return String(decoding: out, as: UTF8.self)
    }
    /// Root-relative and absolute URLs of a file at the site's root, whatever the page's language.
    func asset(_ path: String) -> String { rootPath + path }
    func assetAbsolute(_ path: String) -> String { rootURL + path }

    /// The file a page folder is written to.
    static func file(_ folder: String) -> String {
        folder.isEmpty || folder.hasSuffix("/") ? folder + "index.html" : folder
    }
}
