import Foundation
import SiteBuilder
import SiteModel

/// The rebuild loop: classifies each batch of changes, rebuilds (or only copies a static
/// file), updates what requests see, tells the browsers through the hub, and reports.
/// Builds run one at a time on a queue of their own, away from the server's threads.
final class PreviewSession: @unchecked Sendable {
    let builder: IncrementalBuilder
    let status = PreviewStatus()
    let hub = LiveReloadHub()
    let overlay: ErrorOverlay
    let report: @Sendable (PreviewEvent) -> Void
    private let queue = DispatchQueue(label: "imprint.rebuild")
    private var classifier: ChangeClassifier
    private let siteRoot: URL

    init(builder: IncrementalBuilder, siteRoot: URL, report: @escaping @Sendable (PreviewEvent) -> Void) {
        self.builder = builder
        self.siteRoot = siteRoot
        self.report = report
        overlay = ErrorOverlay(siteRoot: siteRoot)
        classifier = ChangeClassifier(known: [])
    }

    /// The first build, before the server listens.
    func buildFirst() {
        queue.sync {
            classifier = ChangeClassifier(known: WatchedPaths.scan(siteRoot).keys)
            let result = builder.build()
            publish(result, previous: status.snapshot)
            report(.built(changes: [], result: result))
        }
    }

    /// A debounced batch of changed site-relative paths.
    func changed(_ paths: Set<String>) {
        queue.async { [self] in
            let root = siteRoot
            let changes = classifier.classify(paths, exists: { path in
                FileSnapshot(root.appendingPathComponent(path).path).map { !$0.isDirectory } ?? false
            }, filesBelow: { path in
                guard FileSnapshot(root.appendingPathComponent(path).path)?.isDirectory == true else { return nil }
                return WatchedPaths.scan(root).keys.filter { $0.hasPrefix(path + "/") }
            })
            guard !changes.isEmpty else { return }
            if changes.contains(where: { $0.subject == .everything }) {
                classifier = ChangeClassifier(known: WatchedPaths.scan(root).keys)
            }
            let previous = status.snapshot
            var result: IncrementalResult?
            if changes.allSatisfy({ $0.isCopiedFile && $0.action == .edited }) {
                result = builder.refreshCopiedFiles()
            }
            if result == nil {
                result = builder.build(changed: changes.contains { $0.subject == .everything } ? [""] : paths.sorted())
            }
            var outcome = result!
            if outcome.succeeded && !previous.errors.isEmpty && changes.allSatisfy(\.isCopiedFile) {
                // Only a copied file changed while the content still has errors: they remain.
                outcome.succeeded = false
                outcome.diagnostics = previous.errors
            }
            publish(outcome, previous: previous)
            report(.built(changes: changes, result: outcome))
        }
    }

    /// Returns when every batch handed over so far has been built (tests).
    func waitUntilIdle() { queue.sync {} }

    /// Updates what requests see and tells the browsers; a build that changed nothing while
    /// all was well is not worth a reload.
    private func publish(_ result: IncrementalResult, previous: PreviewStatus.Snapshot) {
        let errors = result.succeeded ? [] : result.diagnostics.filter { $0.severity == .error }
        let unchanged = result.succeeded && previous.errors.isEmpty && previous.hasGoodBuild
            && result.written.isEmpty && result.deleted.isEmpty
        if unchanged { return }
        let overlayHTML = overlay.html(errors)
        let snapshot = status.update { s in
            s.generation += 1
            s.errors = errors
            s.overlayHTML = overlayHTML
            s.stylesheetsOnly = result.onlyStylesheetsChanged
            if result.succeeded { s.hasGoodBuild = true }
            if let base = result.basePath { s.basePath = base }
        }
        hub.publish(json: BuildMessage(snapshot).json)
    }
}

/// The data of each `build` event on `/_imprint/events`.
struct BuildMessage: Encodable {
    var generation: Int
    var ok: Bool
    var stylesheetsOnly: Bool
    var overlay: String
    var errors: [String]

    init(_ s: PreviewStatus.Snapshot) {
        generation = s.generation
        ok = s.errors.isEmpty
        stylesheetsOnly = s.stylesheetsOnly
        overlay = s.overlayHTML
        errors = s.errors.map(\.description)
    }

    var json: String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return String(decoding: (try? encoder.encode(self)) ?? Data("{}".utf8), as: UTF8.self)
    }
}
