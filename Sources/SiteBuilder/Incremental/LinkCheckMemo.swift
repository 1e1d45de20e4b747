import Foundation
import MarkdownRender
import SiteModel

/// Link-check results kept between builds (`imprint serve`). A body's links are checked
/// against the inventory of everything the build writes; while that inventory is the same
/// as last time, a body whose links are the same gets the same diagnostics, so only bodies
/// whose links changed are checked again. Any change to the inventory checks everything.
final class LinkCheckMemo: @unchecked Sendable {
    private struct Entry {
        var links: [MarkdownLink]
        var diagnostics: [Diagnostic]
    }

    private var inventory: OutputInventory?
    private var entries: [String: Entry] = [:]
    private let lock = NSLock()

    /// Starts a build's checks against `inventory`, forgetting every result if it changed.
    func begin(_ inventory: OutputInventory, unchanged: Bool) {
        lock.withLock {
            if unchanged && self.inventory != nil { return }
            if let previous = self.inventory, previous.files == inventory.files,
               previous.draftFolders == inventory.draftFolders, previous.embargoedFolders == inventory.embargoedFolders, previous.anchors == inventory.anchors {
                return
            }
            self.inventory = inventory
            entries = [:]
        }
    }

    func check(_ links: [MarkdownLink], onPage folder: String, file: String,
               _ run: () -> [Diagnostic]) -> [Diagnostic] {
        let key = file + "\u{0}" + folder
        if let hit = lock.withLock({ entries[key] }), hit.links == links { return hit.diagnostics }
        let diagnostics = run()
        lock.withLock { entries[key] = Entry(links: links, diagnostics: diagnostics) }
        return diagnostics
    }
}
