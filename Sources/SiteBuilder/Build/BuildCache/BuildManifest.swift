import Foundation
import PDFExport
import SiteModel

/// What the last successful build of a site into one output folder was made from (its input
/// fingerprint) and what it wrote, in `.imprint-cache/build/`. A later build with the same
/// inputs, whose output folder still holds exactly those files, has nothing to do: the cache
/// is what makes a no-change rebuild read and hash the site but render nothing. Deleting the
/// cache folder only costs one full build.
struct BuildManifest: Codable {
    static let currentFormat = 1
    /// Manifests kept per site: building into many throwaway folders (CI, tests) must not fill
    /// the cache; the least recently written go first.
    static let kept = 16

    var format = BuildManifest.currentFormat
    var inputs: String
    var pageCount: Int
    var briefCount: Int
    /// The warnings the build reported, reported again when nothing changed.
    var diagnostics: [Diagnostic]
    /// `OutputStamp.digest` of the output folder once the build was in place.
    var output: String
    /// Briefs left out until their release: the output is stale once the first is due.
    var embargoed: [Embargo]? = nil

    /// One manifest per output folder, so building into two folders keeps both current.
    static func location(siteRoot: URL, output: URL) -> URL {
        let key = ContentHash.hex(output.standardizedFileURL.path).prefix(16)
        return siteRoot.appendingPathComponent(".imprint-cache/build/\(key).json")
    }

    static func load(_ url: URL) -> BuildManifest? {
        guard let data = FileManager.default.contents(atPath: url.path),
              let manifest = try? JSONDecoder().decode(BuildManifest.self, from: data),
              manifest.format == currentFormat else { return nil }
        return manifest
    }

    /// Written to a temporary file and renamed, so a reader never sees half a manifest.
    func save(_ url: URL) throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        try AtomicFile.write(try encoder.encode(self), to: url)
        Self.prune(url.deletingLastPathComponent())
    }

    /// Deletes all but the `kept` most recently written manifests of the folder.
    static func prune(_ folder: URL) {
        let fm = FileManager.default
        let manifests = ((try? fm.contentsOfDirectory(atPath: folder.path)) ?? []).filter { $0.hasSuffix(".json") }
        guard manifests.count > kept else { return }
        let byAge = manifests.map { name -> (String, Date) in
            let date = (try? fm.attributesOfItem(atPath: folder.appendingPathComponent(name).path))?[.modificationDate] as? Date
            return (name, date ?? .distantPast)
        }.sorted { ($0.1, $0.0) > ($1.1, $1.0) }
        for (name, _) in byAge.dropFirst(kept) { try? fm.removeItem(at: folder.appendingPathComponent(name)) }
    }
}
