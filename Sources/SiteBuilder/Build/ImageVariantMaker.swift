import Foundation
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
    /// WebP quality: part of every cached file's name.
    static let quality = 80
    static let timeout = 120.0

    public init(tool: ExternalTool, siteRoot: URL) {
        self.tool = tool
        cache = siteRoot.appendingPathComponent(".imprint-cache/images")
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
        /// Sources libvips could not read, with its message.
        var failures: [(source: URL, message: String)] = []
    }

    /// Makes (or finds in the cache) every wanted copy and copies it into the staging folder.
    /// A copy libvips cannot make is written as the original's bytes, so no offered address is
    /// missing, and reported.
    func make(_ wanted: [(source: URL, path: String, width: Int)], into writer: OutputWriter, jobs: Int) -> Outcome {
        try? FileManager.default.createDirectory(at: cache, withIntermediateDirectories: true)
        // Each source is read and hashed once, then every copy is a job of its own: one large
        // image's four widths are made side by side.
        let sources = Array(Set(wanted.map(\.source))).sorted { $0.path < $1.path }
        let hashes = sources.concurrentMap(jobs: jobs) { source -> String? in
            guard let data = FileManager.default.contents(atPath: source.path) else { return nil }
            var hash = ContentHash()
            hash.update(data)
            return hash.finish()
        }
        let keys = Dictionary(uniqueKeysWithValues: zip(sources, hashes))
        let outcomes = wanted.concurrentMap(jobs: jobs) { copy -> Outcome in
            var outcome = Outcome()
            guard let key = keys[copy.source] ?? nil else {
                outcome.failures.append((copy.source, "the file could not be read"))
                return outcome
            }
            let cached = cache.appendingPathComponent("\(key)-\(copy.width)w-q\(Self.quality).webp")
            do {
                if FileManager.default.fileExists(atPath: cached.path) {
                    outcome.reused += 1
                } else {
                    try makeOne(copy.source, width: copy.width, at: cached)
                    outcome.made += 1
                }
                try writer.copy(from: cached, to: copy.path)
            } catch {
                outcome.failures.append((copy.source, "\(error)"))
                try? writer.copy(from: copy.source, to: copy.path)
            }
            return outcome
        }
        return outcomes.reduce(into: Outcome()) {
            $0.made += $1.made
            $0.reused += $1.reused
            $0.failures += $1.failures
        }
    }

    /// One copy `width` pixels wide (the height follows; 10,000,000 is libvips' largest
    /// coordinate, i.e. no limit), metadata stripped, through a temporary name.
    private func makeOne(_ source: URL, width: Int, at target: URL) throws {
        let part = target.deletingLastPathComponent()
            .appendingPathComponent(".part-\(UUID().uuidString)-" + target.lastPathComponent)
        defer { try? FileManager.default.removeItem(at: part) }
        _ = try tool.run(["thumbnail", source.path, part.path + "[Q=\(Self.quality),strip]", String(width),
                          "--height", "10000000", "--size", "down"], timeout: Self.timeout)
        guard FileManager.default.fileExists(atPath: part.path) else {
            throw ExternalToolError.failed(tool: tool.name, status: 0, stderr: "no file was written")
        }
        try FileManager.default.moveItem(at: part, to: target)
    }
}
