import Foundation

/// The smaller copies and share cards `imprint serve`'s pages name, made when a browser first
/// asks for one rather than before the first preview: a site of large images opens at once,
/// and each copy is made (or taken from `.imprint-cache/images/`) as the page scrolls to it.
/// The preview folder never holds them; the responder serves them from the cache.
public final class OnDemandImages: @unchecked Sendable {
    /// A card is worked out only when asked for, from the last good build's models: drawing
    /// every brief's on each rebuild would make a one-word edit cost as much as the site is large.
    enum Wanted: Sendable {
        case variant(URL, width: Int)
        case card(slug: String)
    }

    private let maker: ImageVariantMaker
    private var wanted: [String: Wanted] = [:]
    /// The models cards are made from, and each brief's index in them by slug. Held apart from
    /// `wanted` so that an edit can let go of the models (and the site's briefs with them)
    /// while it replaces a brief in place, instead of copying the whole list.
    private var cardModels: PageModels?
    private var cardIndex: [String: Int] = [:]
    private let lock = NSLock()
    /// At most `--jobs` libvips runs at once, however many images a page asks for.
    private let running: DispatchSemaphore

    init(maker: ImageVariantMaker, jobs: Int) {
        self.maker = maker
        running = DispatchSemaphore(value: max(1, jobs))
    }

    /// What a good build's pages name, by output-relative path, added to what earlier builds'
    /// pages named: a rebuild that renders some pages again offers only their images.
    func update(_ wanted: [String: Wanted], models: PageModels, cardIndex: [String: Int]) {
        lock.withLock {
            self.wanted.merge(wanted) { _, new in new }
            cardModels = models
            self.cardIndex = cardIndex
        }
    }

    /// The same briefs at the same indexes with the models of an edit of their text, or none
    /// while the edit is made (a card asked for meanwhile is not found).
    func replaceCardModels(_ models: PageModels?) {
        lock.withLock { cardModels = models }
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
        case .card(let slug):
            let (found, place) = lock.withLock { (cardModels, cardIndex[slug]) }
            guard let models = found, let index = place else { return nil }
            let file = (try? maker.cachedCard(models.shareCardJob(index).source, made: &outcome))
                ?? (try? maker.cachedCard(.drawn(svg: models.drawnCard(index)), made: &outcome))
            return file.flatMap { FileManager.default.contents(atPath: $0.path) }
        }
    }
}
