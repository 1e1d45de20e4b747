import SiteModel

/// An old address that leads to a page: from an `aliases:` entry, or found by comparing a
/// brief's slug with the last build's record of it (`automatic`).
struct Redirect: Sendable, Hashable {
    /// Output-relative URL path of the old address (`briefs/old-slug/`, `reports/2019.html`).
    var from: String
    /// Output-relative folder of the page it leads to (`briefs/new-slug/`).
    var target: String
    var title: String
    /// The source file and line the alias is written at (the file's top for an automatic one).
    var location: SourceLocation
    var automatic = false
    /// For a brief's old folder: its PDF's old and new paths, for the hosts' redirects file.
    var pdfFrom: String?
    var pdfTo: String?

    /// The file written at the old address.
    var file: String { URLScheme.file(from) }
}
