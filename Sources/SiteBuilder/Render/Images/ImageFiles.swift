import Foundation

/// The files an `<img>` may point at, by output-relative path, measured the first time a page
/// shows one. Measuring on demand lets a brief's page be written as soon as its Markdown is
/// rendered, before the other bodies have been read for their images.
final class ImageFiles: @unchecked Sendable {
    private let sources: [String: URL]
    private var measured: [String: ImageSize.Measurement] = [:]
    private let lock = NSLock()
    /// Whether pages offer smaller copies (`ImageVariants`): only when the build can make them.
    let makesVariants: Bool
    /// The copies pages have offered, by output-relative path of the original.
    private var offered: [String: [Int]] = [:]

    init(sources: [String: URL], makesVariants: Bool = false) {
        self.sources = sources
        self.makesVariants = makesVariants
    }

    /// The widths of the smaller copies a page may offer for the image at `path`, remembered so
    /// the build makes them; none when the build makes no copies or the file is no raster image.
    func variants(_ path: String) -> [Int] {
        guard makesVariants, let size = size(path) else { return [] }
        let widths = ImageVariants.widths(for: path, size: size)
        if !widths.isEmpty { lock.withLock { offered[path] = widths } }
        return widths
    }

    /// Every copy pages offered: the original's file, the copy's output path and its width.
    func offeredVariants() -> [(source: URL, path: String, width: Int)] {
        let all = lock.withLock { offered }
        return all.keys.sorted().flatMap { path in
            all[path]!.compactMap { width in sources[path].map { ($0, ImageVariants.path(path, width: width), width) } }
        }
    }

    var isEmpty: Bool { sources.isEmpty }

    /// The size of the file at `path`, or nil when there is no such file or it is not an image.
    func size(_ path: String) -> ImageSize? {
        measurement(path)?.size
    }

    /// The size in bytes of the file that will be copied to output-relative `path`.
    func byteCount(_ path: String) -> Int? {
        guard let source = sources[path],
              let size = try? FileManager.default.attributesOfItem(atPath: source.path)[.size] as? NSNumber else { return nil }
        return size.intValue
    }

    /// The file that will be copied to output-relative `path`.
    func source(_ path: String) -> URL? { sources[path] }

    /// Why the file at `path` has no usable size although it is an image file, or nil.
    func problem(_ path: String) -> String? {
        if case .invalid(let why)? = measurement(path) { return why }
        return nil
    }

    private func measurement(_ path: String) -> ImageSize.Measurement? {
        guard let source = sources[path] else { return nil }
        if let known = lock.withLock({ measured[path] }) { return known }
        // Read outside the lock; two pages measuring the same file at once read it twice, alike.
        let measurement = ImageSize.measure(contentsOf: source)
        lock.withLock { measured[path] = measurement }
        return measurement
    }
}
