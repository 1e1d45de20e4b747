import ContentLoader
import Foundation
import TemplateEngine

/// For each page template, a hash of its own text and of every partial and parent it uses,
/// directly or not: a template change re-renders exactly the pages whose templates reach it.
/// Read the same way `TemplateSet.load` reads them: the theme's, overridden file by file.
struct TemplateFingerprints {
    let byName: [String: Int]

    init(themeDirectory: URL?, site: SiteFolder) {
        var texts: [String: String] = [:]
        if let theme = themeDirectory {
            let themeFolder = SiteFolder(root: theme)
            for path in themeFolder.files(under: "templates") where path.hasSuffix(".mustache") {
                texts[TemplateSet.name(of: path)] = themeFolder.read(path).map { String(decoding: $0, as: UTF8.self) }
            }
        }
        for path in site.files(under: "templates") where path.hasSuffix(".mustache") {
            texts[TemplateSet.name(of: path)] = site.staysInside(path)
                ? site.read(path).map { String(decoding: $0, as: UTF8.self) } : nil
        }
        var references: [String: [String]] = [:]
        // A template that does not compile stops the build; its own text is still in its hash.
        for (name, text) in texts { references[name] = ((try? Template(text))?.references ?? []).map(\.name) }
        var result: [String: Int] = [:]
        for name in texts.keys {
            var seen: Set<String> = [name]
            var queue = [name]
            while let next = queue.popLast() {
                for r in references[next] ?? [] where seen.insert(r).inserted { queue.append(r) }
            }
            var hasher = Hasher()
            for member in seen.sorted() {
                hasher.combine(member)
                hasher.combine(texts[member] ?? "\u{0}missing")
            }
            result[name] = hasher.finalize()
        }
        byName = result
    }

    func of(_ name: String) -> Int { byName[name] ?? 0 }
}
