import Foundation
import MarkdownRender
import SiteModel

/// A pass over rendered HTML that gives every local `<img>` its intrinsic `width` and `height`
/// (browsers reserve the space from them, so text does not jump when the image loads).
/// Images that already carry a size, remote images and files Imprint cannot measure are left alone.
struct ImageDimensions: Sendable {
    /// Sizes by output-relative path (`briefs/x/chart.png`), known up front.
    let sizes: [String: ImageSize]
    /// The site's root path, `/` or `/research/`.
    let basePath: String
    /// Files measured when a page first shows them.
    let files: ImageFiles?

    init(sizes: [String: ImageSize], basePath: String) {
        self.sizes = sizes
        self.basePath = basePath
        files = nil
    }

    init(files: ImageFiles, basePath: String) {
        sizes = [:]
        self.basePath = basePath
        self.files = files
    }

    /// The size of the image at output-relative `path`, when it is a file of the site.
    func size(at path: String) -> ImageSize? {
        sizes[path] ?? files?.size(path)
    }

    /// `srcset` for the image at output-relative `path`, shown as `src`, when the build makes
    /// smaller copies of it (`ImageVariants`). A candidate ends at a comma or space, so an
    /// address holding one (or a query) is offered as it is.
    func srcset(src: String, path: String, size: ImageSize) -> String? {
        let widths = files?.variants(path) ?? []
        guard !widths.isEmpty, !src.contains(where: { $0 == "," || $0 == " " || $0 == "?" || $0 == "#" }) else { return nil }
        return ImageVariants.srcset(src: src, widths: widths, size: size)
    }

    /// A rendered body with `width` and `height` on its local images, on a page at output-relative
    /// folder `pagePath`, and its blocks' ranges in the result. Markdown images are found in the
    /// tree (`BodyMark`); only raw HTML, written by hand, is read for its `<img>` tags.
    func annotate(_ rendered: RenderedMarkdown, pagePath: String) -> (html: String, blocks: [Range<Int>]) {
        guard !sizes.isEmpty || files?.isEmpty == false,
              rendered.marks.contains(where: { if case .reference = $0.kind { false } else { true } })
        else { return (rendered.html, rendered.blocks) }
        return MarkedBody(rendered: rendered).rewrite { mark, bytes, out in
            switch mark.kind {
            case .image(let src):
                // cmark-gfm ends an image with `" />`: the size goes before ` />`.
                guard let path = outputPath(of: src, pagePath: pagePath), let size = size(at: path) else { out += bytes; return }
                out += UnsafeBufferPointer(rebasing: bytes[..<(bytes.count - 3)])
                out += " width=\"\(size.width)\" height=\"\(size.height)\"".utf8
                // `src` is cmark's escaped attribute, and so is a `srcset` made from it.
                if let srcset = srcset(src: src, path: path, size: size) {
                    out += " srcset=\"\(srcset)\" sizes=\"\(ImageVariants.sizes)\"".utf8
                }
                // Below the brief's title and hero, so never in the first screen a reader sees.
                out += " loading=\"lazy\" decoding=\"async\" />".utf8
            case .rawHTML:
                out += annotate(String(decoding: bytes, as: UTF8.self), pagePath: pagePath).utf8
            case .reference:
                out += bytes
            }
        }
    }

    /// The output-relative paths of a rendered body's images, to know which files to measure.
    func imagePaths(in rendered: RenderedMarkdown, pagePath: String) -> [String] {
        var text = rendered.html
        return text.withUTF8 { bytes in
            rendered.marks.flatMap { mark -> [String] in
                switch mark.kind {
                case .image(let src): return outputPath(of: src, pagePath: pagePath).map { [$0] } ?? []
                case .rawHTML: return imagePaths(in: String(decoding: UnsafeBufferPointer(rebasing: bytes[mark.range]), as: UTF8.self),
                                                 pagePath: pagePath)
                case .reference: return []
                }
            }
        }
    }

    /// Adds `width` and `height` to the `<img>` tags of raw HTML, a page at output-relative folder `pagePath`.
    func annotate(_ html: String, pagePath: String) -> String {
        guard !sizes.isEmpty || files?.isEmpty == false, ByteSearch.contains("<img", in: html) else { return html }
        var out = ""
        out.reserveCapacity(html.utf8.count + 64)
        var rest = html[...]
        while let open = rest.range(of: "<img") {
            out += rest[..<open.lowerBound]
            guard let close = rest[open.upperBound...].firstIndex(of: ">") else {
                rest = rest[open.lowerBound...]
                break
            }
            let inner = rest[open.upperBound..<close]
            out += "<img"
            if let first = inner.first, first.isWhitespace, let size = size(of: inner, pagePath: pagePath) {
                let selfClosing = inner.hasSuffix("/")
                let attributes = selfClosing ? inner.dropLast() : inner
                let trimmed = attributes.reversed().drop(while: \.isWhitespace).reversed()
                out += String(trimmed) + " width=\"\(size.width)\" height=\"\(size.height)\"" + (selfClosing ? " /" : "")
            } else {
                out += inner
            }
            out += ">"
            rest = rest[rest.index(after: close)...]
        }
        out += rest
        return out
    }

    private func size(of tag: Substring, pagePath: String) -> ImageSize? {
        let attributes = ImageSize.attributes(tag)
        guard attributes["width"] == nil, attributes["height"] == nil, let src = attributes["src"],
              let path = outputPath(of: src, pagePath: pagePath) else { return nil }
        return size(at: path)
    }

    /// The output-relative file an image address points at, or nil for anything not on this site.
    func outputPath(of src: String, pagePath: String) -> String? {
        var address = src.replacingOccurrences(of: "&amp;", with: "&")
        if let cut = address.firstIndex(where: { $0 == "?" || $0 == "#" }) { address = String(address[..<cut]) }
        guard !address.isEmpty, !address.contains("://"), !address.hasPrefix("//"), !address.hasPrefix("data:") else {
            return nil
        }
        address = address.removingPercentEncoding ?? address
        let joined: String
        if address.hasPrefix("/") {
            guard address.hasPrefix(basePath) else { return nil }
            joined = String(address.dropFirst(basePath.count))
        } else {
            joined = pagePath + address
        }
        var parts: [Substring] = []
        for part in joined.split(separator: "/") {
            switch part {
            case ".": continue
            case "..": if parts.popLast() == nil { return nil }
            default: parts.append(part)
            }
        }
        return parts.isEmpty ? nil : parts.joined(separator: "/")
    }

    /// The output-relative paths of the `<img>` tags in raw HTML.
    func imagePaths(in html: String, pagePath: String) -> [String] {
        var result: [String] = []
        guard ByteSearch.contains("<img", in: html) else { return result }
        var rest = html[...]
        while let open = rest.range(of: "<img"), let close = rest[open.upperBound...].firstIndex(of: ">") {
            if let src = ImageSize.attributes(rest[open.upperBound..<close])["src"],
               let path = outputPath(of: src, pagePath: pagePath) {
                result.append(path)
            }
            rest = rest[close...]
        }
        return result
    }
}
