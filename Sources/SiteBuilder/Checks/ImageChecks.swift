import MarkdownRender
import SiteModel

/// Images whose header gives a size no image has (`width="1e300"`, an infinite `viewBox`):
/// they are shown without `width` and `height`, and the warning says which file to fix.
struct ImageChecks: Sendable {
    let images: ImageDimensions

    /// The body's images, on the page at output folder `page`.
    func check(_ links: [MarkdownLink], onPage page: String, file: String) -> [Diagnostic] {
        links.compactMap { link in
            guard link.isImage, let path = images.outputPath(of: link.destination, pagePath: page) else { return nil }
            return problem(path, shownAs: link.destination, at: SourceLocation(file: file, line: link.line, column: link.column))
        }
    }

    /// A brief's hero image, at output-relative `path`.
    func checkHero(_ path: String, image: BriefImage) -> Diagnostic? {
        problem(path, shownAs: image.src, at: image.location)
    }

    private func problem(_ path: String, shownAs src: String, at location: SourceLocation) -> Diagnostic? {
        guard let why = images.files?.problem(path) else { return nil }
        return .warning("image-size", "image `\(src)` cannot be measured: \(why); it is shown without a width and height",
                        at: location)
    }
}
