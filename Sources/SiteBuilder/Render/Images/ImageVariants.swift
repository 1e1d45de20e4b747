/// The smaller copies of a raster image that a page offers browsers through `srcset`: WebP at
/// a few widths, each narrower than the original, beside it in the output
/// (`briefs/x/hero.png` → `briefs/x/hero.png.480w.webp`: the original's whole name, so
/// `hero.png` and `hero.jpg` never share a copy). The original stays, as the largest
/// candidate and for browsers without `srcset`. SVG and GIF (which may move) are left as they are.
enum ImageVariants {
    static let widths = [480, 800, 1200, 1600]
    static let rasterExtensions: Set<String> = ["png", "jpg", "jpeg", "webp"]
    /// How wide the theme shows a body or hero image: the text column (`--measure`, at most
    /// 36em), else the window.
    static let sizes = "(min-width: 40em) 36em, 100vw"
    /// The hero: from 75em the theme widens it over the sidenote column.
    static let heroSizes = "(min-width: 75em) 55em, (min-width: 40em) 36em, 100vw"

    /// The widths to make for the image at output-relative `path`: none for a format that is not
    /// a photograph or chart bitmap, or for one narrower than the smallest width.
    static func widths(for path: String, size: ImageSize) -> [Int] {
        isRaster(path) ? widths.filter { $0 < size.width } : []
    }

    /// Whether the file at `path` is a bitmap libvips copies (by its extension).
    static func isRaster(_ path: String) -> Bool {
        guard let dot = path.lastIndex(of: ".") else { return false }
        return rasterExtensions.contains(path[path.index(after: dot)...].lowercased())
    }

    /// The output-relative file of one width: the original's name with `.<width>w.webp`.
    static func path(_ original: String, width: Int) -> String {
        original + ".\(width)w.webp"
    }

    /// `srcset` for an `<img src>` as written on the page: each width's file beside `src`,
    /// then the original at its own width.
    static func srcset(src: String, widths: [Int], size: ImageSize) -> String {
        (widths.map { "\(src).\($0)w.webp \($0)w" } + ["\(src) \(size.width)w"]).joined(separator: ", ")
    }
}
