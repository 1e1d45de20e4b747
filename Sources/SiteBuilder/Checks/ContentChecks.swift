import SiteModel

/// Site-wide editorial checks that need every brief at once.
struct ContentChecks: Sendable {
    let site: Site

    /// Longest summary that meta descriptions and search results show in full.
    static let summaryLimit = 160

    func run() -> [Diagnostic] {
        duplicateTitles() + longSummaries() + unreferenced()
    }

    /// Two published briefs with one title confuse readers, feeds and reference managers.
    func duplicateTitles() -> [Diagnostic] {
        var first: [String: Brief] = [:]
        var result: [Diagnostic] = []
        for index in site.briefs.indices.sorted(by: { site.briefs[$0].sourcePath < site.briefs[$1].sourcePath }) {
            let brief = site.briefs[index]
            let key = brief.title.lowercased().split(whereSeparator: \.isWhitespace).joined(separator: " ")
            if let other = first[key] {
                result.append(.warning("duplicate-title",
                    "another brief (\(other.sourcePath)) has the same title", at: brief.location(of: "title")))
            } else {
                first[key] = brief
            }
        }
        return result
    }

    func longSummaries() -> [Diagnostic] {
        site.briefs.compactMap(Self.longSummary)
    }

    static func longSummary(_ brief: Brief) -> Diagnostic? {
        guard let summary = brief.summary, summary.count > summaryLimit else { return nil }
        return .warning("long-summary",
            "the summary has \(summary.count) characters; search results and link previews cut it at about \(summaryLimit)",
            at: brief.location(of: "summary"))
    }

    /// People and centres nobody references are usually a typo elsewhere or a stale file.
    func unreferenced() -> [Diagnostic] {
        // A person may write only in another language (a brief in Urdu alone).
        let briefs = site.briefs + site.invalidBriefs + site.translations.values.flatMap { $0.briefs + $0.invalidBriefs }
        let people = Set(briefs.flatMap { $0.authors.map(\.value) + $0.editors.map(\.value) })
        let centres = Set(briefs.compactMap { $0.centre?.value } + site.people.compactMap { $0.centre?.value })
        var result: [Diagnostic] = []
        for person in site.people where !people.contains(person.id) {
            result.append(.warning("unreferenced-person",
                "\(person.name) is not an author or editor of any brief", at: SourceLocation(file: person.sourcePath)))
        }
        for centre in site.centres where !centres.contains(centre.id) {
            result.append(.warning("unreferenced-centre",
                "no brief or person belongs to \(centre.name)", at: SourceLocation(file: centre.sourcePath)))
        }
        return result
    }
}
