import SiteModel

/// What a build will write, known before writing: every file, and the ids on each page, so
/// links can be checked against the site as it will be.
struct OutputInventory: Sendable {
    /// Output-relative file paths (`briefs/x/index.html`, `css/site.css`).
    var files: Set<String>
    /// Ids by output-relative HTML file.
    var anchors: [String: Set<String>]
    /// Folders of briefs that exist but are drafts left out of this build (`briefs/x/`).
    var draftFolders: Set<String>
    /// Folders of briefs left out of this build until their release (`briefs/x/` → release).
    var embargoedFolders: [String: PublishTime] = [:]

    /// The same files under a folder of the output (`ur/`: another language's pages).
    func prefixed(_ prefix: String) -> OutputInventory {
        guard !prefix.isEmpty else { return self }
        return OutputInventory(files: Set(files.map { prefix + $0 }),
                               anchors: Dictionary(uniqueKeysWithValues: anchors.map { (prefix + $0.key, $0.value) }),
                               draftFolders: Set(draftFolders.map { prefix + $0 }),
                               embargoedFolders: Dictionary(uniqueKeysWithValues: embargoedFolders.map { (prefix + $0.key, $0.value) }))
    }

    /// This inventory with another's files where it has none (a language's pages over the
    /// default's: DESIGN §7).
    func over(_ other: OutputInventory) -> OutputInventory {
        OutputInventory(files: files.union(other.files), anchors: anchors.merging(other.anchors) { own, _ in own },
                        draftFolders: draftFolders.union(other.draftFolders),
                        embargoedFolders: embargoedFolders.merging(other.embargoedFolders) { own, _ in own })
    }

    /// The file a site-relative path leads to: folders mean their index.html, and a folder
    /// written without its trailing slash still counts.
    func resolve(_ path: String) -> String? { Self.resolve(path, in: files) }

    /// `resolve` over any set of output-relative files (an unbuilt page's own).
    static func resolve(_ path: String, in files: Set<String>) -> String? {
        if path.isEmpty || path.hasSuffix("/") {
            let index = path + "index.html"
            return files.contains(index) ? index : nil
        }
        if files.contains(path) { return path }
        let index = path + "/index.html"
        return files.contains(index) ? index : nil
    }
}
