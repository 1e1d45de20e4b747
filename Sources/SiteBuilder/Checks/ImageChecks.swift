import MarkdownRender
import SiteModel

/// What readers would get wrong about the images pages show: a header giving a size no image
/// has (`width="1e300"`, an infinite `viewBox`), a file over the site's weight budget that is
/// offered as it is, a hero narrower than the share card cut from it.
struct ImageChecks: Sendable {
    let images: ImageDimensions
    /// `images: { budget: KB }` in bytes.
    let budget: Int
    /// Whether the build makes smaller copies (libvips is installed): a raster image wide
    /// enough for them is then never downloaded as it is by a phone.
    let makesCopies: Bool

    /// The body's images, on the page at output folder `page`.
    func check(_ links: [MarkdownLink], onPage page: String, file: String) -> [Diagnostic] {
        links.flatMap { link -> [Diagnostic] in
            guard link.isImage else { return [] }
            let at = SourceLocation(file: file, line: link.line, column: link.column)
            // Missing alt text is `missing-alt`, a check of the Markdown itself.
            guard let path = images.outputPath(of: link.destination, pagePath: page) else { return [] }
            return problems(path, shownAs: link.destination, at: at)
        }
    }

    /// A brief's hero image, at output-relative `path`.
    func checkHero(_ path: String, image: BriefImage) -> [Diagnostic] {
        var found = problems(path, shownAs: image.src, at: image.location)
        if makesCopies, ImageVariants.isRaster(path), let size = images.size(at: path), size.width < ShareCard.width {
            found.append(.warning("image-small-hero",
                "hero image `\(image.src)` is \(size.width) pixels wide: its share card (\(ShareCard.width)×\(ShareCard.height)) is enlarged from it and looks soft; use one at least \(ShareCard.width) pixels wide",
                at: image.location))
        }
        return found
    }

    private func problems(_ path: String, shownAs src: String, at location: SourceLocation) -> [Diagnostic] {
        if let why = images.files?.problem(path) {
            return [.warning("image-size", "image `\(src)` cannot be measured: \(why); it is shown without a width and height",
                             at: location)]
        }
        guard let bytes = images.files?.byteCount(path), bytes > budget else { return [] }
        // A raster image with smaller copies reaches readers as one of those.
        if makesCopies, let size = images.size(at: path), !ImageVariants.widths(for: path, size: size).isEmpty { return [] }
        return [.warning("image-weight",
            "image `\(src)` weighs \(bytes / 1024) KB, over the site's budget of \(budget / 1024) KB (site.yaml `images: { budget: … }`); readers download it as it is"
                + (ImageVariants.isRaster(path) && !makesCopies ? " (install libvips for smaller copies)" : ""),
            at: location)]
    }
}
