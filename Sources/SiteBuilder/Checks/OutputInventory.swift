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

    /// The file a site-relative path leads to: folders mean their index.html, and a folder
    /// written without its trailing slash still counts.
    func resolve(_ path: String) -> String? {
        if path.isEmpty || path.hasSuffix("/") {
            let index = path + "index.html"
            return files.contains(index) ? index : nil
        }
        if files.contains(path) { return path }
        let index = path + "/index.html"
        return files.contains(index) ? index : nil
    }
}
