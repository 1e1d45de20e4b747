import Foundation

/// Turns the paths a watcher reported into `SiteChange`s. It keeps the set of source files it
/// has seen, so it can tell an edit from an addition or a deletion, and a brief renamed (one
/// brief file gone, another new, in the same batch) from both; a folder that appeared or went
/// away stands for every file in it.
struct ChangeClassifier {
    /// Site-relative paths of every watched file, as of the last batch.
    private(set) var known: Set<String>

    init(known: some Sequence<String>) {
        self.known = Set(known)
    }

    /// Classifies one batch; `exists` tells whether a path is a file now, `filesBelow` lists
    /// the files now below a folder.
    mutating func classify(_ paths: some Sequence<String>, exists: (String) -> Bool,
                           filesBelow: (String) -> [String]?) -> [SiteChange] {
        var touched: Set<String> = []
        for path in paths {
            if path.isEmpty { return [SiteChange(.everything, .edited, path: "")] }
            if let below = filesBelow(path) {
                touched.formUnion(below)
                touched.formUnion(known.filter { $0.hasPrefix(path + "/") })
            } else {
                touched.insert(path)
                // A folder that is gone: every file known below it.
                touched.formUnion(known.filter { $0.hasPrefix(path + "/") })
            }
        }
        var changes: [SiteChange] = []
        var addedBriefs: [SiteChange] = []
        var deletedBriefs: [SiteChange] = []
        for path in touched.sorted() where WatchedPaths.isWatched(path) {
            let before = known.contains(path)
            let now = exists(path)
            let action: SiteChange.Action
            switch (before, now) {
            case (false, false): continue
            case (false, true): action = .added; known.insert(path)
            case (true, false): action = .deleted; known.remove(path)
            case (true, true): action = .edited
            }
            let change = SiteChange(Self.subject(of: path), action, path: path)
            if case .brief = change.subject, action == .added { addedBriefs.append(change) }
            else if case .brief = change.subject, action == .deleted { deletedBriefs.append(change) }
            else { changes.append(change) }
        }
        // A brief gone and another new in one batch: the file was renamed (or moved into a bundle).
        let pairs = min(addedBriefs.count, deletedBriefs.count)
        for i in 0..<pairs {
            guard case .brief(let from) = deletedBriefs[i].subject else { continue }
            var renamed = addedBriefs[i]
            renamed.action = .renamed(from: from)
            changes.append(renamed)
        }
        changes += addedBriefs.dropFirst(pairs) + deletedBriefs.dropFirst(pairs)
        return changes.sorted { $0.path < $1.path }
    }

    static func subject(of path: String) -> SiteChange.Subject {
        let parts = path.split(separator: "/").map(String.init)
        func stem(_ name: String) -> String? { name.hasSuffix(".md") ? String(name.dropLast(3)) : nil }
        switch parts.first {
        case "site.yaml" where parts.count == 1:
            return .siteConfig
        case "content" where parts.count >= 3:
            switch parts[1] {
            case "briefs":
                if parts.count == 3, let slug = stem(parts[2]) { return .brief(slug) }
                if parts.count == 4 && parts[3] == "index.md" { return .brief(parts[2]) }
                if parts.count >= 4 { return .bundleFile(slug: parts[2], path: path) }
            case "people": if parts.count == 3, let id = stem(parts[2]) { return .person(id) }
            case "centres": if parts.count == 3, let id = stem(parts[2]) { return .centre(id) }
            case "pages": if parts.count == 3, let slug = stem(parts[2]) { return .page(slug) }
            default: break
            }
        case "templates" where path.hasSuffix(".mustache"):
            var name = String(path.dropFirst("templates/".count).dropLast(".mustache".count))
            if name.hasPrefix("partials/") { name = String(name.dropFirst("partials/".count)) }
            return .template(name)
        case "static" where parts.count >= 2:
            return .staticFile(parts.dropFirst().joined(separator: "/"))
        default:
            break
        }
        return .other(path)
    }
}
