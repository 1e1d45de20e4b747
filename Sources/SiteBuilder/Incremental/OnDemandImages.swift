import Foundation

/// The smaller copies and share cards `imprint serve`'s pages name, made when a browser first
/// asks for one rather than before the first preview: a site of large images opens at once,
/// and each copy is made (or taken from `.imprint-cache/images/`) as the page scrolls to it.
/// The preview folder never holds them; the responder serves them from the cache.
public final class OnDemandImages: @unchecked Sendable {
    /// A card is worked out only when asked for: drawing every brief's on each rebuild would
    /// make a one-word edit cost as much as the site is large.
    enum Wanted: Sendable {
        case variant(URL, width: Int)
        case card(job: @Sendable () -> ShareCardJob, drawn: @Sendable () -> String)
    }

    private let maker: ImageVariantMaker
    private var wanted: [String: Wanted] = [:]
    private let lock = NSLock()
    /// At most `--jobs` libvips runs at once, however many images a page asks for.
    private let running: DispatchSemaphore

    init(maker: ImageVariantMaker, jobs: Int) {
        self.maker = maker
        running = DispatchSemaphore(value: max(1, jobs))
    }

    /// What a good build's pages name, by output-relative path, added to what earlier builds'
    /// pages named: a rebuild that renders some pages again offers only their images.
    func update(_ wanted: [String: Wanted]) {
        lock.withLock { self.wanted.merge(wanted) { _, new in new } }
    }

    /// The file's bytes for an output-relative path a page names, made when needed; nil for
    /// any other path. A hero libvips cannot read gives its drawn card, and a copy the original.
    public func data(for path: String) -> Data? {
        guard let wanted = lock.withLock({ self.wanted[path] }) else { return nil }
        running.wait()
        defer { running.signal() }
        var outcome = ImageVariantMaker.Outcome()
        defer { maker.hashes.save() }
        switch wanted {
        case .variant(let source, let width):
            let file = (try? maker.cachedVariant(source, width: width, made: &outcome)) ?? source
            return FileManager.default.contents(atPath: file.path)
        case .card(let job, let drawn):
            let file = (try? maker.cachedCard(job().source, made: &outcome)) ?? (try? maker.cachedCard(.drawn(svg: drawn()), made: &outcome))
            return file.flatMap { FileManager.default.contents(atPath: $0.path) }
        }
    }
}
