import ContentLoader
import Foundation

/// Finds files a brief refers to (hero images) without ever leaving the site or theme folders.
struct ContentFolderProbe: Sendable {
    let folder: SiteFolder
    let themeStatic: URL?

    enum Located: Sendable {
        /// Output-relative path of the file.
        case success(String)
        case failure(String)
    }

    /// `src` is relative to the bundle folder, or else to `static/`.
    func locateImage(_ src: String, bundle: String?) -> Located {
        if src.contains("://") || src.hasPrefix("//") || src.hasPrefix("data:") {
            return .failure("image `\(src)` must be a file in the brief's folder or in static/, not a URL (pages must not load from other hosts)")
        }
        if src.hasPrefix("/") || src.hasPrefix("\\") {
            return .failure("image path `\(src)` must be relative (to the brief's bundle folder or to static/), not absolute")
        }
        let parts = src.split(separator: "/", omittingEmptySubsequences: true)
        if parts.contains("..") || src.contains("\\") || src.contains("\0") {
            return .failure("image path `\(src)` must not contain `..` or backslashes; it has to stay inside the site")
        }
        let clean = parts.filter { $0 != "." }.joined(separator: "/")
        if let bundle {
            let candidate = bundle + "/" + clean
            if folder.exists(candidate), !folder.isDirectory(candidate) {
                guard folder.staysInside(candidate) else {
                    return .failure("image `\(src)` is a symbolic link to a file outside the site")
                }
                let slug = bundle.split(separator: "/").last.map(String.init) ?? ""
                return .success("briefs/\(slug)/\(clean)")
            }
        }
        let inStatic = "static/" + clean
        if folder.exists(inStatic), !folder.isDirectory(inStatic) {
            guard folder.staysInside(inStatic) else {
                return .failure("image `\(src)` is a symbolic link to a file outside the site")
            }
            return .success(clean)
        }
        if let themeStatic, FileManager.default.fileExists(atPath: themeStatic.appendingPathComponent(clean).path) {
            return .success(clean)
        }
        let whereLooked = bundle.map { "\($0)/ or static/" } ?? "static/ (only bundles, briefs/<slug>/index.md, can keep images beside the text)"
        return .failure("image `\(src)` does not exist; looked in \(whereLooked)")
    }
}
