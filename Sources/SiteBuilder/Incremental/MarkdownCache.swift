import Foundation
import MarkdownRender

/// Rendered Markdown kept between builds (`imprint serve`): a body is rendered again only when
/// its text, its position in the file, its id prefix or the renderer options changed. Keyed by
/// file; the whole input is compared, so a hit is always exactly what a fresh render would give.
public final class MarkdownCache: @unchecked Sendable {
    private struct Entry {
        var body: String
        var firstLine: Int
        var idPrefix: String
        var reservedIDs: Set<String>
        var options: MarkdownOptions
        var rendered: RenderedMarkdown
    }

    private var entries: [String: Entry] = [:]
    private var used: Set<String> = []
    private let lock = NSLock()
    /// Bodies rendered (not served from the cache) since the last `beginBuild`.
    public private(set) var renderedCount = 0

    public init() {}

    func beginBuild() {
        lock.withLock {
            used = []
            renderedCount = 0
        }
    }

    /// Forgets bodies no build asked for since `beginBuild`.
    func endBuild() {
        lock.withLock { entries = entries.filter { used.contains($0.key) } }
    }

    func render(_ renderer: MarkdownRenderer, _ body: String, file: String, firstLine: Int, idPrefix: String,
                reservedIDs: Set<String>) -> RenderedMarkdown {
        let key = file + "\u{0}" + idPrefix
        let hit: RenderedMarkdown? = lock.withLock {
            used.insert(key)
            guard let e = entries[key], e.firstLine == firstLine, e.options == renderer.options,
                  e.reservedIDs == reservedIDs, e.body == body else { return nil }
            return e.rendered
        }
        if let hit { return hit }
        let rendered = renderer.render(body, file: file, firstLine: firstLine, idPrefix: idPrefix, reservedIDs: reservedIDs)
        lock.withLock {
            renderedCount += 1
            entries[key] = Entry(body: body, firstLine: firstLine, idPrefix: idPrefix, reservedIDs: reservedIDs,
                                 options: renderer.options, rendered: rendered)
        }
        return rendered
    }
}
