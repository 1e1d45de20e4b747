import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import SiteModel

/// The intrinsic size of an image in CSS pixels, read from the file's header, so every `<img>`
/// can carry `width` and `height` and the page does not shift when the image arrives.
/// Reads PNG (IHDR), GIF (logical screen), JPEG (SOF, turned by the EXIF orientation), WebP
/// (VP8, VP8L, VP8X) and SVG (`width`/`height`, else `viewBox`). Anything else is nil.
public struct ImageSize: Sendable, Hashable {
    public var width: Int
    public var height: Int

    /// Bytes read from a file: enough for any header, including a JPEG's EXIF block.
    static let headerLimit = 256 * 1024

    /// What a file's header says: a size, nothing Imprint can read (not an image, a format it
    /// does not know, a relative SVG size), or a size no image has (a malformed header).
    enum Measurement: Sendable, Hashable {
        case size(ImageSize)
        case unknown
        case invalid(String)

        var size: ImageSize? {
            if case .size(let size) = self { return size }
            return nil
        }
    }

    /// Reads the size of the image file at `url`; nil when it is unreadable or not an image.
    static func read(contentsOf url: URL) -> ImageSize? {
        measure(contentsOf: url).size
    }

    static func measure(contentsOf url: URL) -> Measurement {
        let fd = open(url.path, O_RDONLY | O_NONBLOCK | O_CLOEXEC)
        guard fd >= 0 else { return .unknown }
        defer { close(fd) }
        // Most headers are in the first bytes: 16 KB in one read(2) (FileHandle read 256 KB in
        // 4 KB reads per image); a JPEG whose EXIF block pushes its frame header further is read
        // again up to the limit.
        let first = readPrefix(fd, upTo: 16 * 1024)
        let measured = measure(first)
        guard measured.size == nil, first.count == 16 * 1024, lseek(fd, 0, SEEK_SET) == 0 else { return measured }
        return measure(readPrefix(fd, upTo: headerLimit))
    }

    /// Up to `limit` bytes from the start of an open file, fewer at its end or on an error.
    private static func readPrefix(_ fd: Int32, upTo limit: Int) -> [UInt8] {
        var bytes = [UInt8](repeating: 0, count: limit)
        var count = 0
        bytes.withUnsafeMutableBytes { buffer in
            while count < limit {
                #if canImport(Glibc)
                let got = Glibc.read(fd, buffer.baseAddress! + count, limit - count)
                #else
                let got = Darwin.read(fd, buffer.baseAddress! + count, limit - count)
                #endif
                if got > 0 { count += got } else if got < 0, errno == EINTR { continue } else { break }
            }
        }
        bytes.removeSubrange(count...)
        return bytes
    }

    public static func read(_ bytes: [UInt8]) -> ImageSize? {
        measure(bytes).size
    }

    static func measure(_ bytes: [UInt8]) -> Measurement {
        let size: ImageSize?
        if bytes.starts(with: [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]) {
            size = png(bytes)
        } else if bytes.starts(with: Array("GIF87a".utf8)) || bytes.starts(with: Array("GIF89a".utf8)) {
            size = gif(bytes)
        } else if bytes.starts(with: [0xFF, 0xD8]) {
            size = jpeg(bytes)
        } else if bytes.count >= 12, bytes.starts(with: Array("RIFF".utf8)), Array(bytes[8..<12]) == Array("WEBP".utf8) {
            size = webp(bytes)
        } else {
            return svg(bytes)
        }
        guard let size else { return .unknown }
        return checked(width: Double(size.width), height: Double(size.height), as: "\(size.width) × \(size.height)")
    }

    /// A size in pixels through the one checked conversion: each side a whole number of pixels
    /// from 1 to `CheckedNumber.maxImageSide`. A zero side is a header Imprint cannot use.
    private static func checked(width: Double, height: Double, as written: String) -> Measurement {
        let range = 1...CheckedNumber.maxImageSide
        guard let w = CheckedNumber.int(width, in: range), let h = CheckedNumber.int(height, in: range) else {
            if width == 0 || height == 0 { return .unknown }
            return .invalid("its header gives a size of \(written) pixels, which no image has")
        }
        return .size(ImageSize(width: w, height: h))
    }

    // MARK: Raster formats

    private static func png(_ b: [UInt8]) -> ImageSize? {
        guard b.count >= 24, Array(b[12..<16]) == Array("IHDR".utf8) else { return nil }
        return ImageSize(width: bigEndian(b, 16, 4), height: bigEndian(b, 20, 4))
    }

    private static func gif(_ b: [UInt8]) -> ImageSize? {
        guard b.count >= 10 else { return nil }
        return ImageSize(width: littleEndian(b, 6, 2), height: littleEndian(b, 8, 2))
    }

    /// Walks the segments to the first start-of-frame; EXIF orientations 5–8 swap the sides,
    /// as browsers do when they draw the image.
    private static func jpeg(_ b: [UInt8]) -> ImageSize? {
        var i = 2
        var swapSides = false
        while i + 3 < b.count {
            guard b[i] == 0xFF else { return nil }
            let marker = b[i + 1]
            if marker == 0xFF { i += 1; continue }                          // fill byte
            if marker == 0x01 || (0xD0...0xD8).contains(marker) { i += 2; continue }  // no length
            if marker == 0xD9 || marker == 0xDA { return nil }              // end, or scan before any frame
            let length = bigEndian(b, i + 2, 2)
            guard length >= 2 else { return nil }
            let isFrame = (0xC0...0xCF).contains(marker) && ![0xC4, 0xC8, 0xCC].contains(marker)
            if isFrame {
                guard i + 9 <= b.count else { return nil }
                let height = bigEndian(b, i + 5, 2)
                let width = bigEndian(b, i + 7, 2)
                return swapSides ? ImageSize(width: height, height: width) : ImageSize(width: width, height: height)
            }
            if marker == 0xE1, let orientation = exifOrientation(b, from: i + 4, length: length - 2) {
                swapSides = (5...8).contains(orientation)
            }
            i += 2 + length
        }
        return nil
    }

    /// The Orientation tag (0x0112) of IFD0 in an APP1 `Exif` segment.
    private static func exifOrientation(_ b: [UInt8], from start: Int, length: Int) -> Int? {
        let end = min(b.count, start + length)
        guard end - start >= 14, Array(b[start..<start + 6]) == [0x45, 0x78, 0x69, 0x66, 0, 0] else { return nil }
        let tiff = start + 6
        let little: Bool
        switch (b[tiff], b[tiff + 1]) {
        case (0x49, 0x49): little = true
        case (0x4D, 0x4D): little = false
        default: return nil
        }
        func read(_ offset: Int, _ count: Int) -> Int? {
            guard offset >= tiff, offset + count <= end else { return nil }
            return little ? littleEndian(b, offset, count) : bigEndian(b, offset, count)
        }
        guard let ifd = read(tiff + 4, 4), let entries = read(tiff + ifd, 2) else { return nil }
        for n in 0..<min(entries, 256) {
            let entry = tiff + ifd + 2 + n * 12
            guard let tag = read(entry, 2) else { return nil }
            if tag == 0x0112 { return read(entry + 8, 2) }
        }
        return nil
    }

    private static func webp(_ b: [UInt8]) -> ImageSize? {
        guard b.count >= 30 else { return nil }
        switch String(decoding: b[12..<16], as: UTF8.self) {
        case "VP8 ":
            guard b[23] == 0x9D, b[24] == 0x01, b[25] == 0x2A else { return nil }
            return ImageSize(width: littleEndian(b, 26, 2) & 0x3FFF, height: littleEndian(b, 28, 2) & 0x3FFF)
        case "VP8L":
            guard b[20] == 0x2F else { return nil }
            let bits = littleEndian(b, 21, 4)
            return ImageSize(width: (bits & 0x3FFF) + 1, height: ((bits >> 14) & 0x3FFF) + 1)
        case "VP8X":
            return ImageSize(width: littleEndian(b, 24, 3) + 1, height: littleEndian(b, 27, 3) + 1)
        default:
            return nil
        }
    }

    // MARK: SVG

    /// The root `<svg>` element's `width` and `height` in px (or unitless), completed or
    /// replaced by the `viewBox` proportions; percentages and font-relative units are ignored.
    private static func svg(_ b: [UInt8]) -> Measurement {
        let text = String(decoding: b, as: UTF8.self)
        var searchFrom = text.startIndex
        var tag: Substring?
        while let open = text.range(of: "<svg", range: searchFrom..<text.endIndex) {
            let next = text[open.upperBound...].first
            if next == nil || next!.isWhitespace || next == ">" || next == "/" {
                guard let close = text[open.upperBound...].firstIndex(of: ">") else { return .unknown }
                tag = text[open.upperBound..<close]
                break
            }
            searchFrom = open.upperBound
        }
        guard let tag else { return .unknown }
        let attributes = Self.attributes(tag)
        let width = attributes["width"].flatMap(length)
        let height = attributes["height"].flatMap(length)
        let box = attributes["viewBox"].map {
            $0.split(whereSeparator: { $0 == " " || $0 == "," || $0.isNewline || $0 == "\t" }).compactMap { Double($0) }
        }
        // Every number below may be huge or not finite: only `checked` turns one into an Int.
        let ratio: Double? = box.flatMap { $0.count == 4 && $0[2] > 0 && $0[3] > 0 ? $0[2] / $0[3] : nil }
        let written = [attributes["width"].map { "width=\"\($0.prefix(24))\"" }, attributes["height"].map { "height=\"\($0.prefix(24))\"" },
                       attributes["viewBox"].map { "viewBox=\"\($0.prefix(48))\"" }].compactMap { $0 }.joined(separator: " ")
        switch (width, height, ratio) {
        case (let w?, let h?, _): return checked(width: w, height: h, as: written)
        case (let w?, nil, let r?): return checked(width: w, height: w / r, as: written)
        case (nil, let h?, let r?): return checked(width: h * r, height: h, as: written)
        case (nil, nil, _):
            guard let box, box.count == 4 else { return .unknown }
            if box[2].isNaN || box[3].isNaN || box[2] <= 0 || box[3] <= 0 {
                return box[2].isFinite && box[3].isFinite ? .unknown : .invalid("its header gives a size of \(written), which no image has")
            }
            return checked(width: box[2], height: box[3], as: written)
        default: return .unknown
        }
    }

    /// `120`, `120px`, `120.5` → a number of pixels; anything else is not a usable length.
    private static func length(_ value: String) -> Double? {
        var v = value.trimmingCharacters(in: .whitespaces)
        if v.hasSuffix("px") { v.removeLast(2) }
        guard let number = Double(v), number.isFinite, number > 0 else { return nil }
        return number
    }

    /// `name="value"` and `name='value'` pairs of one tag.
    static func attributes(_ tag: Substring) -> [String: String] {
        var result: [String: String] = [:]
        var i = tag.startIndex
        while i < tag.endIndex {
            while i < tag.endIndex, tag[i].isWhitespace || tag[i] == "/" { i = tag.index(after: i) }
            let nameStart = i
            while i < tag.endIndex, !tag[i].isWhitespace, tag[i] != "=", tag[i] != ">" { i = tag.index(after: i) }
            let name = String(tag[nameStart..<i])
            while i < tag.endIndex, tag[i].isWhitespace { i = tag.index(after: i) }
            guard i < tag.endIndex, tag[i] == "=" else {
                if name.isEmpty { break }
                continue
            }
            i = tag.index(after: i)
            while i < tag.endIndex, tag[i].isWhitespace { i = tag.index(after: i) }
            guard i < tag.endIndex else { break }
            let quote = tag[i]
            var value: Substring
            if quote == "\"" || quote == "'" {
                let start = tag.index(after: i)
                let end = tag[start...].firstIndex(of: quote) ?? tag.endIndex
                value = tag[start..<end]
                i = end < tag.endIndex ? tag.index(after: end) : end
            } else {
                let start = i
                while i < tag.endIndex, !tag[i].isWhitespace { i = tag.index(after: i) }
                value = tag[start..<i]
            }
            if result[name] == nil { result[name] = String(value) }
        }
        return result
    }

    // MARK: Bytes

    private static func bigEndian(_ b: [UInt8], _ offset: Int, _ count: Int) -> Int {
        guard offset >= 0, offset + count <= b.count else { return 0 }
        return b[offset..<offset + count].reduce(0) { $0 << 8 | Int($1) }
    }

    private static func littleEndian(_ b: [UInt8], _ offset: Int, _ count: Int) -> Int {
        guard offset >= 0, offset + count <= b.count else { return 0 }
        return b[offset..<offset + count].reversed().reduce(0) { $0 << 8 | Int($1) }
    }
}
