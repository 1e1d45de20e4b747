import ContentLoader
import Foundation
import SiteModel

/// The compiled templates kept between builds (`imprint serve`): compiled again only when the
/// text of a template changed (`TemplateFingerprints`, read before `TemplateSet.load` reads).
final class TemplateMemo: @unchecked Sendable {
    private var key: [String: Int]?
    private var result: (TemplateSet?, [Diagnostic])?
    private let lock = NSLock()
    /// Fingerprints the caller read just before the build, used (once) instead of reading again.
    var next: [String: Int]?

    func load(themeDirectory: URL?, site: SiteFolder) -> (TemplateSet?, [Diagnostic]) {
        lock.withLock {
            let fingerprints = next ?? TemplateFingerprints(themeDirectory: themeDirectory, site: site).byName
            next = nil
            if let key, key == fingerprints, let result { return result }
            let loaded = TemplateSet.load(themeDirectory: themeDirectory, site: site)
            key = fingerprints
            result = loaded
            return loaded
        }
    }
}
