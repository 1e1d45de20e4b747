import ContentLoader
import Foundation
import SiteModel

/// The briefs' Markdown, handed to the renderer one body at a time so that each is let go as
/// soon as it is rendered: a large site never holds all its Markdown and all its HTML at once.
/// Nothing after rendering reads a brief's Markdown.
final class BriefSources: @unchecked Sendable {
    private var bodies: [String]
    /// Reads a body again from its file, for a load that did not keep them; nil keeps `bodies`.
    private let reread: (@Sendable (Int) -> Result<String, BriefBodyProblem>)?
    private let lock = NSLock()

    /// Takes the bodies of `site.briefs` then `site.invalidBriefs`, leaving them empty.
    init(taking site: inout Site) {
        bodies = []
        bodies.reserveCapacity(site.briefs.count + site.invalidBriefs.count)
        for i in site.briefs.indices {
            bodies.append(site.briefs[i].body)
            site.briefs[i].body = ""
        }
        for i in site.invalidBriefs.indices {
            bodies.append(site.invalidBriefs[i].body)
            site.invalidBriefs[i].body = ""
        }
        reread = nil
    }

    /// Reads each body from its file when it is taken, for a site loaded without its bodies
    /// (SiteLoader's `keepsBriefBodies`): only the bodies being rendered are in memory.
    init(reading site: Site, loader: SiteLoader, fingerprints: [String: BodyFingerprint]) {
        bodies = []
        let paths = (site.briefs + site.invalidBriefs).map(\.sourcePath)
        reread = { index in loader.briefBody(at: paths[index], loaded: fingerprints[paths[index]]) }
    }

    /// The body of the brief at `index` in that order. A kept body is handed over once; a body
    /// read again fails when its file changed, went away or now leads out of the site.
    func take(_ index: Int) -> Result<String, BriefBodyProblem> {
        if let reread { return reread(index) }
        return lock.withLock {
            let body = bodies[index]
            bodies[index] = ""
            return .success(body)
        }
    }
}
