import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import PDFExport

/// Makes the smaller copies of raster images that pages offered (`ImageFiles.offeredVariants`)
/// with libvips' `vips thumbnail`, through the one external-tool runner, and keeps each in
/// `.imprint-cache/images/` under the source's content hash, its width and the encoder settings:
/// a rebuild makes none again, and an edited image (another hash) is made anew. The images are
/// worked on in parallel within `--jobs`, each copy written under a temporary name and renamed,
/// so an interrupted build leaves no half-written file in the cache.
public struct ImageVariantMaker: Sendable {
    let tool: ExternalTool
    /// `<site>/.imprint-cache/images`.
    let cache: URL
    /// Content hashes of the images, kept between builds.
    let hashes: FileHashMemo
    /// WebP quality: part of every cached file's name.
    static let quality = 80
    /// JPEG quality of share cards: part of every cached card's name.
    static let cardQuality = 85
    /// JPEG quality of the copies PDFs embed.
    static let printQuality = 90
    static let timeout = 120.0

    public init(tool: ExternalTool, siteRoot: URL) {
        self.tool = tool
        cache = siteRoot.appendingPathComponent(".imprint-cache/images")
        hashes = FileHashMemo(file: cache.appendingPathComponent("hashes.memo"))
    }

    /// libvips' `vips` on PATH, or nil: then pages offer each image as it is.
    public static func onPath(siteRoot: URL) -> ImageVariantMaker? {
        guard let tool = try? ExternalTool.locate(name: "libvips", command: "vips", explicitPath: nil, relativeTo: siteRoot,
                                                  installHint: "apt install libvips-tools") else { return nil }
        return ImageVariantMaker(tool: tool, siteRoot: siteRoot)
    }

    struct Outcome: Sendable {
        var made = 0
        var reused = 0
        /// The file each problem is reported at (an image, or the brief whose card could not be
        /// drawn) and what went wrong.
        var failures: [(source: URL, message: String)] = []

        mutating func add(_ other: Outcome) {
            made += other.made
            reused += other.reused
            failures += other.failures
        }
    }

    /// Makes (or finds in the cache) every wanted copy and copies it into the staging folder.
    /// A copy libvips cannot make is written as the original's bytes, so no offered address is
    /// missing, and reported.
    func make(_ wanted: [(source: URL, path: String, width: Int)], into writer: OutputWriter, jobs: Int) -> Outcome {
        try? FileManager.default.createDirectory(at: cache, withIntermediateDirectories: true)
        // Each source is read and hashed once, then every copy is a job of its own: one large
        // image's four widths are made side by side.
        let sources = Array(Set(wanted.map(\.source))).sorted { $0.path < $1.path }
        let memo = hashes
        let keys = Dictionary(uniqueKeysWithValues: zip(sources, sources.concurrentMap(jobs: jobs) { memo.hash(of: $0) }))
        let outcomes = wanted.concurrentMap(jobs: jobs) { copy -> Outcome in
            var outcome = Outcome()
            guard let key = keys[copy.source] ?? nil else {
                outcome.failures.append((copy.source, "libvips could not be given this image, which could not be read"))
                try? writer.copy(from: copy.source, to: copy.path)
                return outcome
            }
            do {
                try writer.copy(from: cachedVariant(copy.source, key: key, width: copy.width, made: &outcome), to: copy.path)
            } catch {
                outcome.failures.append((copy.source, "libvips could not read this image to make its smaller copies (the page offers it as it is): \(error)"))
                try? writer.copy(from: copy.source, to: copy.path)
            }
            return outcome
        }
        return outcomes.reduce(into: Outcome()) { $0.add($1) }
    }

    /// One copy's file in the cache, made first when it is not there. `key` is the source's
    /// content hash (looked up when not given).
    func cachedVariant(_ source: URL, key: String? = nil, width: Int, made outcome: inout Outcome) throws -> URL {
        guard let key = key ?? hashes.hash(of: source) else {
            throw ExternalToolError.failed(tool: tool.name, status: 0, stderr: "the file could not be read")
        }
        let cached = cache.appendingPathComponent("\(key)-\(width)w-q\(Self.quality).webp")
        if FileManager.default.fileExists(atPath: cached.path) {
            outcome.reused += 1
        } else {
            try? FileManager.default.createDirectory(at: cache, withIntermediateDirectories: true)
            try makeOne(source, key: key, width: width, at: cached)
            outcome.made += 1
        }
        return cached
    }

    /// Makes (or finds in the cache) each brief's share card and copies it into the staging
    /// folder. A card libvips cannot make from a hero is drawn instead; one it cannot make at
    /// all is reported, and the brief's page still names it (the warning says so).
    func makeCards(_ cards: [ShareCardJob], drawn: @escaping @Sendable (Int) -> String, into writer: OutputWriter,
                   jobs: Int) -> Outcome {
        try? FileManager.default.createDirectory(at: cache, withIntermediateDirectories: true)
        // Drawn cards not yet in the cache are rasterised many to a libvips run: starting
        // `vips` for each cost five times the drawing.
        var batched = Outcome()
        let drawings = cards.compactMap { card -> String? in
            guard case .drawn(let svg) = card.source else { return nil }
            return svg
        }
        drawAll(drawings, jobs: jobs, made: &batched)
        let outcomes = cards.concurrentMap(jobs: jobs) { card -> Outcome in
            var outcome = Outcome()
            do {
                try writer.copy(from: cachedCard(card.source, made: &outcome), to: card.path)
            } catch {
                guard case .image(let url, _, _) = card.source else {
                    outcome.failures.append((card.brief, "libvips could not draw this brief's share card, so link previews show none: \(error)"))
                    return outcome
                }
                outcome.failures.append((url, "libvips could not read this hero to make its share card (one is drawn instead): \(error)"))
                // The hero cannot be read: the brief still gets a card, drawn.
                if let cached = try? cachedCard(.drawn(svg: drawn(card.index)), made: &outcome) {
                    try? writer.copy(from: cached, to: card.path)
                }
            }
            return outcome
        }
        var total = outcomes.reduce(into: Outcome()) { $0.add($1) }
        // What the batches made was then found in the cache.
        total.made += batched.made
        total.reused -= batched.made
        return total
    }

    /// The cache file of a drawn card.
    func drawnCardFile(_ svg: String) -> URL {
        var hash = ContentHash()
        hash.update(svg)
        return cache.appendingPathComponent("\(hash.finish())-card-q\(Self.cardQuality).jpg")
    }

    /// Rasterises the drawings not yet in the cache with `vipsthumbnail`, fifty files to a run,
    /// the runs side by side. A drawing a run leaves unmade is made alone later (`cachedCard`).
    func drawAll(_ drawings: [String], jobs: Int, made outcome: inout Outcome) {
        var seen: Set<URL> = []
        let missing = drawings.filter { svg in
            let file = drawnCardFile(svg)
            return !FileManager.default.fileExists(atPath: file.path) && seen.insert(file).inserted
        }
        guard !missing.isEmpty, let thumbnailer = try? ExternalTool.locate(
            name: "libvips", command: "vipsthumbnail", explicitPath: tool.executable.deletingLastPathComponent().appendingPathComponent("vipsthumbnail").path,
            relativeTo: cache, installHint: "apt install libvips-tools") else { return }
        let batches = stride(from: 0, to: missing.count, by: 50).map { Array(missing[$0..<min($0 + 50, missing.count)]) }
        let made = batches.concurrentMap(jobs: jobs) { batch -> Int in
            let folder = cache.appendingPathComponent(".draw-\(UUID().uuidString)")
            defer { try? FileManager.default.removeItem(at: folder) }
            guard (try? FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)) != nil else { return 0 }
            var inputs: [(svg: URL, target: URL)] = []
            for svg in batch {
                let target = drawnCardFile(svg)
                let input = folder.appendingPathComponent(target.deletingPathExtension().lastPathComponent + ".svg")
                if (try? Data(svg.utf8).write(to: input)) != nil { inputs.append((input, target)) }
            }
            // Each output is named after its input (`%s`), in the same folder. A run that fails
            // or is stopped may leave a file half written: then each card is made alone.
            guard (try? thumbnailer.run(inputs.map(\.svg.path) + ["--size", "\(ShareCard.width)x\(ShareCard.height)",
                                         "-o", folder.path + "/%s.jpg[Q=\(Self.cardQuality),strip,background=255]"],
                                        timeout: Self.timeout * 4)) != nil else { return 0 }
            var count = 0
            for (input, target) in inputs {
                let output = input.deletingPathExtension().appendingPathExtension("jpg")
                if FileManager.default.fileExists(atPath: output.path), (try? Self.publish(output, at: target)) != nil { count += 1 }
            }
            return count
        }
        outcome.made += made.reduce(0, +)
    }

    /// The card's file in the cache, made first when it is not there: keyed by the source's
    /// bytes (the image's, or the drawing's), the focus and the encoder settings.
    func cachedCard(_ source: ShareCardJob.Source, made outcome: inout Outcome) throws -> URL {
        let cached: URL
        // A card cut from an image is kept only if the image is still what was hashed.
        var hashed: (url: URL, key: String)?
        switch source {
        case .image(let url, _, let focus):
            guard let key = hashes.hash(of: url) else {
                throw ExternalToolError.failed(tool: tool.name, status: 0, stderr: "the file could not be read")
            }
            hashed = (url, key)
            var hash = ContentHash()
            hash.update(key)
            if let focus { hash.update("focus \(focus.x) \(focus.y)") }
            cached = cache.appendingPathComponent("\(hash.finish())-card-q\(Self.cardQuality).jpg")
        case .drawn(let svg):
            cached = drawnCardFile(svg)
        }
        if FileManager.default.fileExists(atPath: cached.path) {
            outcome.reused += 1
            return cached
        }
        try? FileManager.default.createDirectory(at: cache, withIntermediateDirectories: true)
        let part = cache.appendingPathComponent(".part-\(UUID().uuidString).jpg")
        let scratch = cache.appendingPathComponent(".part-\(UUID().uuidString)")
        defer {
            for file in [part, scratch.appendingPathExtension("svg"), scratch.appendingPathExtension("v")] {
                try? FileManager.default.removeItem(at: file)
            }
        }
        // Transparent parts become white: JPEG has no transparency.
        let saved = part.path + "[Q=\(Self.cardQuality),strip,background=255]"
        let size = ["\(ShareCard.width)", "--height", "\(ShareCard.height)"]
        switch source {
        case .image(let url, let imageSize, let focus):
            if let focus, let imageSize {
                let (scale, left, top) = ShareCardJob.crop(imageSize, focus: focus)
                let crop = [String(left), String(top), String(ShareCard.width), String(ShareCard.height)]
                if url.pathExtension.lowercased() == "svg" {
                    // Drawn at the card's scale rather than enlarged from a small bitmap.
                    _ = try tool.run(["crop", url.path + "[scale=\(scale)]", saved] + crop, timeout: Self.timeout)
                } else {
                    // `thumbnail` turns the image by its EXIF orientation, as `ImageSize` measured it.
                    let scaled = scratch.appendingPathExtension("v").path
                    let width = Int((Double(imageSize.width) * scale).rounded(.up))
                    _ = try run(["thumbnail", url.path, scaled, String(width), "--height", "10000000"], untrusted: url)
                    _ = try tool.run(["crop", scaled, saved] + crop, timeout: Self.timeout)
                }
            } else {
                _ = try run(["thumbnail", url.path, saved] + size + ["--crop", "attention"], untrusted: url)
            }
        case .drawn(let svg):
            let drawing = scratch.appendingPathExtension("svg")
            try Data(svg.utf8).write(to: drawing)
            _ = try tool.run(["thumbnail", drawing.path, saved] + size + ["--crop", "centre"], timeout: Self.timeout)
        }
        guard FileManager.default.fileExists(atPath: part.path) else {
            throw ExternalToolError.failed(tool: tool.name, status: 0, stderr: "no file was written")
        }
        if let hashed { try keepIfUnchanged(hashed.url, key: hashed.key) }
        try Self.publish(part, at: cached)
        outcome.made += 1
        return cached
    }

    /// Pixels across the PDF's text column at 300 dots per inch: 168 mm on A4, 174 on Letter.
    static let printWidth = 2000

    /// The file a PDF should embed for the image at `source`: a JPEG at print resolution (from
    /// the cache, made the first time) for a bitmap wider than that, so a multi-megabyte
    /// original does not make a multi-megabyte PDF; else the file itself. Any failure gives the
    /// original: the PDF is only larger.
    func printCopy(of source: URL) -> URL {
        guard ImageVariants.isRaster(source.path), let size = ImageSize.read(contentsOf: source), size.width > Self.printWidth,
              let key = hashes.hash(of: source) else { return source }
        defer { hashes.save() }
        let cached = cache.appendingPathComponent("\(key)-print\(Self.printWidth)-q\(Self.printQuality).jpg")
        if FileManager.default.fileExists(atPath: cached.path) { return cached }
        try? FileManager.default.createDirectory(at: cache, withIntermediateDirectories: true)
        let part = cache.appendingPathComponent(".part-\(UUID().uuidString).jpg")
        defer { try? FileManager.default.removeItem(at: part) }
        do {
            _ = try run(["thumbnail", source.path, part.path + "[Q=\(Self.printQuality),strip,background=255]",
                         String(Self.printWidth), "--height", "10000000", "--size", "down"], untrusted: source)
            try keepIfUnchanged(source, key: key)
            try Self.publish(part, at: cached)
            return cached
        } catch {
            return source
        }
    }

    /// One copy `width` pixels wide (the height follows; 10,000,000 is libvips' largest
    /// coordinate, i.e. no limit), metadata stripped, through a temporary name.
    private func makeOne(_ source: URL, key: String, width: Int, at target: URL) throws {
        let part = target.deletingLastPathComponent()
            .appendingPathComponent(".part-\(UUID().uuidString)-" + target.lastPathComponent)
        defer { try? FileManager.default.removeItem(at: part) }
        _ = try run(["thumbnail", source.path, part.path + "[Q=\(Self.quality),strip]", String(width),
                          "--height", "10000000", "--size", "down"], untrusted: source)
        guard FileManager.default.fileExists(atPath: part.path) else {
            throw ExternalToolError.failed(tool: tool.name, status: 0, stderr: "no file was written")
        }
        try keepIfUnchanged(source, key: key)
        try Self.publish(part, at: target)
    }

    /// The cache names a file by the hash of the bytes read before libvips read them again: an
    /// image saved in between would be cached under the old bytes' name, so the copy is kept
    /// only when the image's hash is still the one it is filed under.
    private func keepIfUnchanged(_ source: URL, key: String) throws {
        guard hashes.hash(of: source) == key else {
            throw ExternalToolError.failed(tool: tool.name, status: 0, stderr: "the image changed while it was being read")
        }
    }

    /// Runs `vips` on an image of the site. libvips picks its loader by the file's bytes, not
    /// its name: a bitmap (by its name) is read with the untrusted loaders blocked, so a `.png`
    /// that is really a PDF or a PostScript file goes to no PDF or ImageMagick loader. SVG needs
    /// librsvg, which that switch also blocks; it is read as it is.
    func run(_ arguments: [String], untrusted source: URL) throws -> ToolOutput {
        guard ImageVariants.isRaster(source.path) else { return try tool.run(arguments, timeout: Self.timeout) }
        var environment = ProcessInfo.processInfo.environment
        environment["VIPS_BLOCK_UNTRUSTED"] = "1"
        return try tool.run(arguments, timeout: Self.timeout, environment: environment)
    }

    /// Renames a finished file into the cache. Two images with the same bytes make the same
    /// file at once; `rename` lets the second replace the first, identical, one.
    static func publish(_ part: URL, at target: URL) throws {
        guard rename(part.path, target.path) == 0 else {
            throw ExternalToolError.failed(tool: "libvips", status: 0, stderr: "cannot keep \(target.lastPathComponent): \(String(cString: strerror(errno)))")
        }
    }
}
