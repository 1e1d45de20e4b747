import Foundation

/// `<site>/.imprint-cache/pdf/`: each brief's PDF with its cache entry (`<slug>.pdf`,
/// `<slug>.json`) and the print page it was made from (`<slug>.html`, for designers).
///
/// PDFs live here, not in `public/`, because a build replaces `public/` as a whole; every
/// build copies the fresh ones in. One entry per brief (rather than one index file) lets CI
/// machines that each made a shard (`--shard K/N`) merge their caches by copying folders.
public struct PDFCache: Sendable {
    public let folder: URL

    /// `language`: the cache of another language's PDFs (`.imprint-cache/pdf-ur/`), whose
    /// briefs share their slugs with the default's.
    public init(siteRoot: URL, language: String? = nil) {
        folder = siteRoot.appendingPathComponent(".imprint-cache/pdf" + (language.map { "-" + $0 } ?? ""))
    }

    public var exists: Bool { FileManager.default.fileExists(atPath: folder.path) }

    public func pdfURL(_ slug: String) -> URL { folder.appendingPathComponent("\(slug).pdf") }
    public func htmlURL(_ slug: String) -> URL { folder.appendingPathComponent("\(slug).html") }
    func entryURL(_ slug: String) -> URL { folder.appendingPathComponent("\(slug).json") }
    var toolRecordURL: URL { folder.appendingPathComponent("weasyprint.json") }

    public func entry(_ slug: String) -> PDFCacheEntry? { read(entryURL(slug)) }

    /// The cached PDF when it was made from `contentHash` (and by `tool`, when one is given)
    /// and the file is still the one recorded. A build without `--pdf` passes no tool: a PDF
    /// whose content is current is publishable whichever WeasyPrint made it.
    public func fresh(_ slug: String, contentHash: String, tool: String? = nil) -> PDFArtifact? {
        guard let entry = entry(slug), entry.contentHash == contentHash, tool == nil || entry.tool == tool else { return nil }
        let file = pdfURL(slug)
        guard let size = (try? FileManager.default.attributesOfItem(atPath: file.path))?[.size] as? NSNumber,
              size.intValue == entry.bytes else { return nil }
        return PDFArtifact(slug: slug, file: file, pages: entry.pages, bytes: entry.bytes)
    }

    func store(_ entry: PDFCacheEntry, for slug: String) throws {
        try write(entry, to: entryURL(slug))
    }

    /// Forgets a brief's PDF, so a failed run never leaves an old one looking current.
    func remove(_ slug: String) {
        for url in [entryURL(slug), pdfURL(slug)] { try? FileManager.default.removeItem(at: url) }
    }

    /// Deletes what the cache holds for briefs not in `slugs` (deleted, renamed, or now
    /// `pdf: false`), so the folder does not grow forever.
    public func prune(keeping slugs: Set<String>) {
        let fm = FileManager.default
        for name in (try? fm.contentsOfDirectory(atPath: folder.path)) ?? [] where name != toolRecordURL.lastPathComponent {
            let slug = name.components(separatedBy: ".").first ?? name
            if !slugs.contains(slug) { try? fm.removeItem(at: folder.appendingPathComponent(name)) }
        }
    }

    func prepare() throws {
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    }

    func toolRecord() -> ToolRecord? { read(toolRecordURL) }

    func storeToolRecord(_ record: ToolRecord) {
        try? prepare()
        try? write(record, to: toolRecordURL)
    }

    private func read<T: Decodable>(_ url: URL) -> T? {
        guard let data = FileManager.default.contents(atPath: url.path) else { return nil }
        return try? JSONDecoder().decode(T.self, from: data)
    }

    private func write<T: Encodable>(_ value: T, to url: URL) throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        try encoder.encode(value).write(to: url, options: .atomic)
    }
}
