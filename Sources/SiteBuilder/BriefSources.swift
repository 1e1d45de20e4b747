import Foundation
import SiteModel

/// The briefs' Markdown, moved out of the site before it is resolved so that each body is let
/// go as soon as it is rendered: a large site never holds all its Markdown and all its HTML at
/// once. Nothing after rendering reads a brief's Markdown.
final class BriefSources: @unchecked Sendable {
    private var bodies: [String]
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
    }

    /// The body of the brief at `index` in that order; each is taken once.
    func take(_ index: Int) -> String {
        lock.withLock {
            let body = bodies[index]
            bodies[index] = ""
            return body
        }
    }
}
