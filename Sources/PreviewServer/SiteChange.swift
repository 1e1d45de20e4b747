/// One change to a site's sources, as `imprint serve` reports it.
public struct SiteChange: Equatable, Sendable, CustomStringConvertible {
    public enum Subject: Equatable, Sendable {
        case brief(String)
        /// A file beside a bundle's index.md (an image), by the brief's slug and the file's path.
        case bundleFile(slug: String, path: String)
        case person(String)
        case centre(String)
        case page(String)
        /// A template by name (`brief`, `partials/byline` is `byline`).
        case template(String)
        /// A file of static/, by its output path (`css/site.css`).
        case staticFile(String)
        case siteConfig
        /// Anything else below a watched folder (a stray file the build warns about).
        case other(String)
        /// Events were lost: everything is read again.
        case everything
    }

    public enum Action: Equatable, Sendable {
        case added
        case edited
        case deleted
        /// A brief whose file moved: the subject has its new slug, this its old one.
        case renamed(from: String)
    }

    public var subject: Subject
    public var action: Action
    /// The site-relative source path (the new one for a rename).
    public var path: String

    public init(_ subject: Subject, _ action: Action, path: String) {
        self.subject = subject
        self.action = action
        self.path = path
    }

    public var description: String {
        let what: String
        switch subject {
        case .brief(let slug): what = "brief \(slug)"
        case .bundleFile(_, let path): what = path
        case .person(let id): what = "person \(id)"
        case .centre(let id): what = "centre \(id)"
        case .page(let slug): what = "page \(slug)"
        case .template(let name): what = "template \(name)"
        case .staticFile(let path): what = "static/\(path)"
        case .siteConfig: what = "site.yaml"
        case .other(let path): what = path
        case .everything: return "every file (events were lost)"
        }
        switch action {
        case .added: return what + " added"
        case .edited: return what + " edited"
        case .deleted: return what + " deleted"
        case .renamed(let from): return "brief \(from) renamed to \(what.dropFirst("brief ".count))"
        }
    }

    /// True for a file that is copied as it is and that no page or check reads.
    var isCopiedFile: Bool {
        switch subject {
        case .staticFile: return true
        case .bundleFile(_, let path): return !path.hasSuffix(".md")
        default: return false
        }
    }
}
