import Foundation
import SiteModel

/// The addresses the last build published its briefs at, in `.imprint-cache/addresses.json`, so a
/// brief whose slug changed since (its file or folder renamed, or `slug:` edited) keeps a redirect
/// from its old address even before anyone writes an alias. The brief is recognised by its file,
/// else by its title and date together. Old addresses stay in the record while their brief
/// exists, so the redirect does not vanish with the next build.
struct AddressRecord: Codable {
    struct Entry: Codable, Hashable {
        var path: String
        var slug: String
        var title: String
        var date: String
    }

    static let currentFormat = 1
    var format = AddressRecord.currentFormat
    var briefs: [Entry]

    static func location(siteRoot: URL) -> URL {
        siteRoot.appendingPathComponent(".imprint-cache/addresses.json")
    }

    static func load(siteRoot: URL) -> AddressRecord? {
        guard let data = FileManager.default.contents(atPath: location(siteRoot: siteRoot).path),
              let record = try? JSONDecoder().decode(AddressRecord.self, from: data), record.format == currentFormat else { return nil }
        return record
    }

    /// Redirects from the recorded addresses that no published brief or alias holds any more,
    /// to the brief now at another slug; and a warning at each such brief to make it an alias.
    func redirects(for site: ResolvedSite) -> ([Redirect], [Diagnostic]) {
        let slugs = Set(site.briefs.map(\.slug))
        let aliased = Set(site.redirects.map(\.from))
        var redirects: [Redirect] = []
        var diagnostics: [Diagnostic] = []
        var done: Set<String> = []
        for entry in briefs where !slugs.contains(entry.slug) && Slug.isValid(entry.slug) && !done.contains(entry.slug) {
            let from = URLScheme.brief(entry.slug)
            guard !aliased.contains(from),
                  let brief = site.briefs.first(where: { $0.sourcePath == entry.path })
                    ?? site.briefs.first(where: { $0.title == entry.title && $0.date.iso == entry.date }) else { continue }
            done.insert(entry.slug)
            let at = brief.fieldLocations["slug"] ?? brief.location(of: "title")
            var redirect = Redirect(from: from, target: URLScheme.brief(brief.slug), title: brief.title, location: at, automatic: true)
            if brief.pdf {
                redirect.pdfFrom = URLScheme.pdf(entry.slug)
                redirect.pdfTo = URLScheme.pdf(brief.slug)
            }
            redirects.append(redirect)
            diagnostics.append(.warning("slug-changed",
                "this brief was published at /\(from) by an earlier build; a redirect from there is written while the build cache remembers it: add `aliases: [/\(from)]` to keep it",
                at: at))
        }
        return (redirects, diagnostics)
    }

    /// The record after a build: its published briefs, and the old addresses still redirected.
    static func after(_ site: ResolvedSite, previous: AddressRecord?) -> AddressRecord {
        var entries = site.briefs.indices.filter { !site.isUnpublished($0) }.map { index in
            let brief = site.briefs[index]
            return Entry(path: brief.sourcePath, slug: brief.slug, title: brief.title, date: brief.date.iso)
        }
        let automatic = Set(site.redirects.filter(\.automatic).map(\.from))
        entries += (previous?.briefs ?? []).filter { automatic.contains(URLScheme.brief($0.slug)) }
        return AddressRecord(briefs: entries)
    }

    /// Written whole and renamed into place; a record that cannot be written only costs the
    /// automatic redirects of the next slug change.
    func save(siteRoot: URL) {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        guard let data = try? encoder.encode(self) else { return }
        try? AtomicFile.write(data, to: Self.location(siteRoot: siteRoot))
    }
}
