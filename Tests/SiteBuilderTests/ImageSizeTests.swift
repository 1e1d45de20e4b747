import Foundation
import Testing
@testable import SiteBuilder

/// Headers of each format, built byte by byte, and the HTML pass that puts sizes on `<img>`.
@Suite struct ImageSizeTests {
    static func be(_ value: Int, _ count: Int) -> [UInt8] { (0..<count).reversed().map { UInt8((value >> (8 * $0)) & 0xFF) } }
    static func le(_ value: Int, _ count: Int) -> [UInt8] { (0..<count).map { UInt8((value >> (8 * $0)) & 0xFF) } }

    static func png(_ w: Int, _ h: Int) -> [UInt8] {
        [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A] + be(13, 4) + Array("IHDR".utf8) + be(w, 4) + be(h, 4)
            + [8, 6, 0, 0, 0] + [0, 0, 0, 0]
    }

    static func jpeg(_ w: Int, _ h: Int, orientation: Int? = nil) -> [UInt8] {
        var bytes: [UInt8] = [0xFF, 0xD8]
        bytes += [0xFF, 0xE0] + be(16, 2) + Array("JFIF".utf8) + [0, 1, 1, 0, 0, 1, 0, 1, 0, 0]
        if let orientation {
            // TIFF, big-endian: header, IFD0 at 8 with one entry (Orientation, SHORT, 1, value).
            let tiff: [UInt8] = Array("MM".utf8) + [0, 42] + be(8, 4) + be(1, 2)
                + be(0x0112, 2) + be(3, 2) + be(1, 4) + be(orientation, 2) + [0, 0] + be(0, 4)
            let exif: [UInt8] = Array("Exif".utf8) + [0, 0] + tiff
            bytes += [0xFF, 0xE1] + be(exif.count + 2, 2) + exif
        }
        bytes += [0xFF, 0xFF]  // a fill byte before the next marker
        bytes += [0xC0] + be(17, 2) + [8] + be(h, 2) + be(w, 2) + [3, 1, 0x22, 0, 2, 0x11, 1, 3, 0x11, 1]
        return bytes + [0xFF, 0xD9]
    }

    static func webp(_ chunk: String, _ payload: [UInt8]) -> [UInt8] {
        Array("RIFF".utf8) + le(4 + 8 + payload.count, 4) + Array("WEBP".utf8) + Array(chunk.utf8) + le(payload.count, 4) + payload
            + [UInt8](repeating: 0, count: 16)
    }

    @Test func png() {
        #expect(ImageSize.read(Self.png(640, 480)) == ImageSize(width: 640, height: 480))
        #expect(ImageSize.read(Array(Self.png(640, 480).prefix(20))) == nil, "truncated")
    }

    /// A file is read 16 KB first; a JPEG whose metadata pushes its frame header further is
    /// read again up to the limit, and a PNG of megabytes is not read beyond its header.
    @Test func filesAreMeasuredFromTheirFirstBytes() throws {
        let folder = FixturePaths.temporaryDirectory()
        let jpeg = folder.appendingPathComponent("exif.jpg")
        let late = [0xFF, 0xD8, 0xFF, 0xE1] + Self.be(40_002, 2) + [UInt8](repeating: 0, count: 40_000) + Self.jpeg(640, 480).dropFirst(2)
        try Data(late).write(to: jpeg)
        #expect(ImageSize.read(contentsOf: jpeg) == ImageSize(width: 640, height: 480))
        let png = folder.appendingPathComponent("big.png")
        try Data(Self.png(2400, 1600) + [UInt8](repeating: 7, count: 3_000_000)).write(to: png)
        #expect(ImageSize.read(contentsOf: png) == ImageSize(width: 2400, height: 1600))
    }

    @Test func gif() {
        #expect(ImageSize.read(Array("GIF89a".utf8) + Self.le(320, 2) + Self.le(240, 2) + [0, 0, 0]) == ImageSize(width: 320, height: 240))
        #expect(ImageSize.read(Array("GIF87a".utf8) + Self.le(1, 2) + Self.le(1, 2)) == ImageSize(width: 1, height: 1))
    }

    @Test func jpegWithAndWithoutExifOrientation() {
        #expect(ImageSize.read(Self.jpeg(400, 300)) == ImageSize(width: 400, height: 300))
        #expect(ImageSize.read(Self.jpeg(400, 300, orientation: 1)) == ImageSize(width: 400, height: 300))
        #expect(ImageSize.read(Self.jpeg(400, 300, orientation: 6)) == ImageSize(width: 300, height: 400), "rotated a quarter turn")
        #expect(ImageSize.read([0xFF, 0xD8, 0xFF, 0xDA, 0, 2]) == nil, "a scan before any frame")
        #expect(ImageSize.read([0xFF, 0xD8, 0xFF, 0xE0, 0, 0]) == nil, "a segment length below 2")
    }

    @Test func webpLossyLosslessAndExtended() {
        let lossy = Self.webp("VP8 ", [0, 0, 0, 0x9D, 0x01, 0x2A] + Self.le(800, 2) + Self.le(600, 2))
        #expect(ImageSize.read(lossy) == ImageSize(width: 800, height: 600))
        let lossless = Self.webp("VP8L", [0x2F] + Self.le(99 | (49 << 14), 4))
        #expect(ImageSize.read(lossless) == ImageSize(width: 100, height: 50))
        let extended = Self.webp("VP8X", [0x10, 0, 0, 0] + Self.le(1919, 3) + Self.le(1079, 3))
        #expect(ImageSize.read(extended) == ImageSize(width: 1920, height: 1080))
    }

    @Test func svgWidthHeightAndViewBox() {
        func svg(_ s: String) -> ImageSize? { ImageSize.read(Array(s.utf8)) }
        #expect(svg(#"<svg xmlns="http://www.w3.org/2000/svg" width="120" height="60"></svg>"#) == ImageSize(width: 120, height: 60))
        #expect(svg(#"<svg width="120px" height='60.4px' viewBox="0 0 10 10"/>"#) == ImageSize(width: 120, height: 60))
        #expect(svg(#"<?xml version="1.0"?><!-- a chart --><svg viewBox="0 0 1200 630"><g/></svg>"#) == ImageSize(width: 1200, height: 630))
        #expect(svg(#"<svg width="600" viewBox="0,0,1200,630"></svg>"#) == ImageSize(width: 600, height: 315))
        #expect(svg(#"<svg height="100" viewBox="0 0 300 150"></svg>"#) == ImageSize(width: 200, height: 100))
        #expect(svg(#"<svg width="100%" height="100%" viewBox="0 0 40 30"></svg>"#) == ImageSize(width: 40, height: 30))
        #expect(svg(#"<svg width="10em" height="4em"></svg>"#) == nil, "font-relative units have no pixel size")
        #expect(svg(#"<svgx width="10" height="10"/>"#) == nil)
        #expect(svg("plain text") == nil)
    }

    @Test func readsFilesAndRejectsEmptyOnes() throws {
        let folder = FixturePaths.temporaryDirectory()
        let file = folder.appendingPathComponent("a.png")
        try Data(Self.png(3, 2)).write(to: file)
        #expect(ImageSize.read(contentsOf: file) == ImageSize(width: 3, height: 2))
        try Data().write(to: folder.appendingPathComponent("empty.png"))
        #expect(ImageSize.read(contentsOf: folder.appendingPathComponent("empty.png")) == nil)
        #expect(ImageSize.read(contentsOf: folder.appendingPathComponent("missing.png")) == nil)
        #expect(ImageSize.read(Self.png(0, 10)) == nil, "a zero side is no size")
    }

    // MARK: The HTML pass

    let pass = ImageDimensions(sizes: ["briefs/a/chart.png": ImageSize(width: 800, height: 450),
                                       "images/my logo.svg": ImageSize(width: 40, height: 40)],
                               basePath: "/research/")

    @Test func relativeAndRootRelativeImagesGetTheirSize() {
        #expect(pass.annotate(#"<p><img src="chart.png" alt="A chart"></p>"#, pagePath: "briefs/a/")
            == #"<p><img src="chart.png" alt="A chart" width="800" height="450"></p>"#)
        #expect(pass.annotate(#"<img src="/research/briefs/a/chart.png" alt="" />"#, pagePath: "people/x/")
            == #"<img src="/research/briefs/a/chart.png" alt="" width="800" height="450" />"#)
        #expect(pass.annotate(#"<img src="../../images/my%20logo.svg?v=2" alt="L">"#, pagePath: "people/x/")
            == #"<img src="../../images/my%20logo.svg?v=2" alt="L" width="40" height="40">"#)
    }

    @Test func otherImagesAreLeftAlone() {
        let untouched = [
            #"<img src="chart.png" alt="" width="10">"#,                    // already sized
            #"<img src="https://example.org/chart.png" alt="">"#,           // another host
            #"<img src="//example.org/chart.png" alt="">"#,
            #"<img src="data:image/png;base64,AAAA" alt="">"#,
            #"<img src="/chart.png" alt="">"#,                              // outside the base path
            #"<img src="other.png" alt="">"#,                               // not measured
            #"<img src="../../../../chart.png" alt="">"#,                   // climbs out of the site
            #"<imgx src="chart.png">"#,
            "<p>no image</p>",
            "<img src=\"chart.png\"",                                        // unterminated
        ]
        for html in untouched { #expect(pass.annotate(html, pagePath: "briefs/a/") == html, "\(html)") }
    }

    @Test func listsTheImagesToMeasure() {
        let html = #"<img src="chart.png" alt=""> <img src="/research/images/x.svg" alt=""> <img src="https://e.org/y.png" alt="">"#
        #expect(pass.imagePaths(in: html, pagePath: "briefs/a/") == ["briefs/a/chart.png", "images/x.svg"])
    }
}
