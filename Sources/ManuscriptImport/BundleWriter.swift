import Foundation
import SiteModel

/// Puts an imported brief in place: `content/briefs/<slug>/index.md` and its images, written into
/// a hidden folder beside it (which builds and the preview skip) and renamed into place whole.
/// An existing brief with the slug is replaced only with `force`.
struct BundleWriter {
    let siteRoot: URL
    let slug: String
    let force: Bool

    /// Returns the images that Pandoc named but did not extract.
    @discardableResult
    func write(index: String, images: [MarkdownWriter.Image], from media: URL) throws(ImportError) -> [String] {
        guard Slug.isValid(slug) else { throw .cannotWrite("\(slug) is not a slug (lowercase letters, digits and hyphens)") }
        let fm = FileManager.default
        let briefs = siteRoot.appendingPathComponent("content/briefs")
        let target = briefs.appendingPathComponent(slug), single = briefs.appendingPathComponent("\(slug).md")
        for existing in [target, single] where fm.fileExists(atPath: existing.path) && !force {
            throw .exists("content/briefs/" + existing.lastPathComponent)
        }
        let staging = briefs.appendingPathComponent(".import-\(slug)-\(UUID().uuidString.prefix(8))")
        var missing: [String] = []
        do {
            try fm.createDirectory(at: staging, withIntermediateDirectories: true)
            try Data(index.utf8).write(to: staging.appendingPathComponent("index.md"))
            let mediaRoot = media.standardizedFileURL.path + "/"
            for image in images {
                let source = URL(fileURLWithPath: image.source, relativeTo: media.deletingLastPathComponent()).standardizedFileURL
                var info = stat()
                // Only files Pandoc extracted, never a path the manuscript names elsewhere.
                guard source.path.hasPrefix(mediaRoot), lstat(source.path, &info) == 0, (info.st_mode & S_IFMT) == S_IFREG else {
                    missing.append(image.name)
                    continue
                }
                try fm.copyItem(at: source, to: staging.appendingPathComponent(image.name))
            }
            if fm.fileExists(atPath: target.path) {
                let old = briefs.appendingPathComponent(".import-old-\(slug)-\(UUID().uuidString.prefix(8))")
                try fm.moveItem(at: target, to: old)
                do { try fm.moveItem(at: staging, to: target) } catch {
                    try? fm.moveItem(at: old, to: target)
                    throw error
                }
                try? fm.removeItem(at: old)
            } else {
                try fm.moveItem(at: staging, to: target)
            }
            // A single-file brief with the same slug would be a second brief at the same address.
            if fm.fileExists(atPath: single.path) { try fm.removeItem(at: single) }
        } catch {
            try? fm.removeItem(at: staging)
            throw .cannotWrite(error.localizedDescription)
        }
        return missing
    }
}
