import ContentLoader
import Foundation
import PDFExport

/// A digest of everything a build reads and that shapes its output: the site's own files
/// (`site.yaml`, `content/`, `templates/`, `static/`), the default theme, the cached PDFs a
/// plain build publishes, the options that change the output, and the imprint program itself.
/// The build's output is a function of these, so an equal digest means an equal output.
/// Every file is hashed (SHA-256), in parallel, or its hash taken from the last build's when
/// its whole `stat` is unchanged (`FileHashMemo`, `.imprint-cache/inputs.memo`): a site with a
/// thousand large heroes is not read again to learn that nothing changed.
enum InputFingerprint {
    static func compute(_ options: BuildOptions) -> String {
        let site = SiteFolder(root: options.siteRoot)
        var files: [(label: String, folder: SiteFolder, path: String)] = []
        if let theme = Theme.directory {
            let themeFolder = SiteFolder(root: theme)
            for path in themeFolder.files(under: "") { files.append(("theme", themeFolder, path)) }
        }
        if site.exists("site.yaml") { files.append(("site", site, "site.yaml")) }
        if site.exists(SeriesNumbers.file) { files.append(("site", site, SeriesNumbers.file)) }
        for folder in ["content", "templates", "static", "data", "i18n"] {
            for path in site.files(under: folder) { files.append(("site", site, path)) }
        }
        let memo = FileHashMemo(file: options.siteRoot.appendingPathComponent(".imprint-cache/inputs.memo"))
        let digests = files.concurrentMap(jobs: options.jobs) { file -> String in
            memo.hash(of: URL(fileURLWithPath: file.folder.path(file.path))) ?? "unreadable"
        }
        memo.forgetUnseen()
        memo.save()
        var hash = ContentHash()
        hash.update("imprint build inputs 1\n")
        hash.update("program \(programStamp())\n")
        hash.update("drafts \(options.includeDrafts)\nfuture \(options.includeFuture)\ncrawlers \(options.allowCrawlers)\nbase-url \(options.baseURL ?? "-")\n")
        hash.update("pagefind \(options.pagefind.command?.joined(separator: " ") ?? "-")\n")
        // Installing libvips changes every page that shows a bitmap (srcset) and every brief's share card.
        hash.update("libvips \(options.imageVariants?.tool.executable.path ?? "-")\n")
        for (file, digest) in zip(files, digests) {
            hash.update("\(file.label) \(file.path.utf8.count) \(file.path) \(digest)\n")
        }
        // A plain build publishes the cached PDFs that are current; their files are large and
        // written only by the PDF step, so their names, sizes and times stand for them.
        // Each language's PDFs are cached in a folder of their own (`pdf-ur`).
        let cacheFolder = options.siteRoot.appendingPathComponent(".imprint-cache")
        let pdfFolders = ((try? FileManager.default.contentsOfDirectory(atPath: cacheFolder.path)) ?? [])
            .filter { $0 == "pdf" || $0.hasPrefix("pdf-") }.sorted()
        for folder in pdfFolders {
            let pdfs = cacheFolder.appendingPathComponent(folder)
            for name in ((try? FileManager.default.contentsOfDirectory(atPath: pdfs.path)) ?? []).sorted() {
                hash.update("\(folder) \(name) \(OutputStamp(path: pdfs.appendingPathComponent(name).path).map { "\($0)" } ?? "-")\n")
            }
        }
        return hash.finish()
    }

    /// The running program's size and modification time: a rebuilt imprint may render differently.
    static func programStamp() -> String {
        guard let path = Bundle.main.executablePath, let stamp = OutputStamp(path: path) else { return "unknown" }
        return "\(stamp.size) \(stamp.modifiedSeconds).\(stamp.modifiedNanoseconds)"
    }
}
