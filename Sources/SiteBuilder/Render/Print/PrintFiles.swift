import MarkdownRender
import ContentLoader
import Foundation

/// Finds the files a print page loads, in the site (its `static/` over the theme's, a bundle's
/// own files), and gives them as file URLs: WeasyPrint should read them from disk, never fetch
/// them from the web. Every file it hands out is remembered, for the PDF's cache key.
struct PrintFiles: Sendable {
    let folder: SiteFolder
    let themeStatic: URL?
    /// The print-resolution copy of a large bitmap (`ImageVariantMaker.printCopy`), when libvips is there.
    var printCopy: (@Sendable (URL) -> URL)? = nil

    /// The file WeasyPrint is given for an image file of the site.
    func printable(_ file: URL) -> URL { printCopy?(file) ?? file }

    /// A file under `static/`, e.g. `css/print.css`: the site's, else the theme's.
    func staticFile(_ path: String) -> URL? {
        let inSite = "static/" + path
        if folder.exists(inSite), !folder.isDirectory(inSite), folder.staysInside(inSite) { return folder.url(inSite) }
        if let themeStatic {
            let url = themeStatic.appendingPathComponent(path)
            if FileManager.default.fileExists(atPath: url.path) { return url }
        }
        return nil
    }

    /// An output-relative path (as `ContentFolderProbe` gives for hero images): a bundle file
    /// when it is below the brief's folder, else a static file.
    func outputFile(_ path: String, slug: String, bundle: String?) -> URL? {
        let briefFolder = URLScheme.brief(slug)
        if let bundle, path.hasPrefix(briefFolder) {
            let inBundle = bundle + "/" + path.dropFirst(briefFolder.count)
            if folder.exists(inBundle), folder.staysInside(inBundle) { return printable(folder.url(inBundle)) }
        }
        return staticFile(path).map(printable)
    }

    /// A brief's print body: notes as footnotes (`PrintFootnotes`) and images as file URLs, in
    /// one walk over the body's marks (`MarkedBody`). Returns the HTML and the files it points at.
    func printBody(_ rendered: RenderedMarkdown, slug: String, bundle: String?, basePath: String,
                   rightToLeft: Bool = false) -> (String, [URL]) {
        let notes = MarkedBody.byNumber(rendered.notes)
        var used: [URL] = []
        let body = MarkedBody(rendered: rendered).rewrite { mark, bytes, out in
            switch mark.kind {
            case .image(let src):
                guard let file = resolve(src, slug: slug, bundle: bundle, basePath: basePath) else { out += bytes; return }
                used.append(file)
                // `<img src="` + the source + the rest of the tag, as cmark-gfm wrote it.
                let prefix = "<img src=\"".utf8.count
                out += UnsafeBufferPointer(rebasing: bytes[..<prefix])
                out += Self.attributeValue(file.absoluteString).utf8
                out += UnsafeBufferPointer(rebasing: bytes[(prefix + src.utf8.count)...])
            case .reference(let number, let use):
                guard let note = notes[number] else { out += bytes; return }
                // A note's own HTML is ours, rendered by cmark-gfm, and may show an image too.
                let (html, files) = localImages(in: PrintFootnotes.call(note, use: use, rightToLeft: rightToLeft), slug: slug, bundle: bundle, basePath: basePath)
                used += files
                out += html.utf8
            case .rawHTML:
                let (html, files) = localImages(in: String(decoding: bytes, as: UTF8.self), slug: slug, bundle: bundle, basePath: basePath)
                used += files
                out += html.utf8
            }
        }.html
        return (body, used)
    }

    /// Rewrites `<img src>` in HTML (raw HTML, a note) to file URLs: a relative source is a bundle file, a
    /// root-relative one (below the site's base path) a static file. Sources it cannot find,
    /// and absolute URLs, are left as they are. Returns the HTML and the files it pointed at.
    func localImages(in html: String, slug: String, bundle: String?, basePath: String) -> (String, [URL]) {
        var result = ""
        var used: [URL] = []
        var rest = html[...]
        while let tag = rest.range(of: "<img "), let tagEnd = rest.range(of: ">", range: tag.upperBound..<rest.endIndex) {
            guard let src = rest.range(of: " src=\"", range: tag.lowerBound..<tagEnd.lowerBound),
                  let end = rest.range(of: "\"", range: src.upperBound..<tagEnd.lowerBound) else {
                result += rest[..<tagEnd.upperBound]
                rest = rest[tagEnd.upperBound...]
                continue
            }
            result += rest[..<src.upperBound]
            let value = String(rest[src.upperBound..<end.lowerBound])
            if let file = resolve(value, slug: slug, bundle: bundle, basePath: basePath) {
                used.append(file)
                result += Self.attributeValue(file.absoluteString)
            } else {
                result += value
            }
            rest = rest[end.lowerBound...]
        }
        return (result + rest, used)
    }

    private func resolve(_ src: String, slug: String, bundle: String?, basePath: String) -> URL? {
        let decoded = src.replacingOccurrences(of: "&amp;", with: "&").removingPercentEncoding ?? src
        if decoded.contains("://") || decoded.hasPrefix("//") || decoded.hasPrefix("data:") || decoded.contains("..") { return nil }
        if decoded.hasPrefix("/") {
            guard decoded.hasPrefix(basePath) else { return nil }
            return outputFile(String(decoded.dropFirst(basePath.count)), slug: slug, bundle: bundle)
        }
        guard let bundle else { return nil }
        let inBundle = bundle + "/" + decoded
        return folder.exists(inBundle) && folder.staysInside(inBundle) ? printable(folder.url(inBundle)) : nil
    }

    static func attributeValue(_ text: String) -> String {
        text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "\"", with: "&quot;")
    }
}
