import Foundation
import SiteModel
@testable import SiteBuilder

/// A small site written into a temporary folder, with every hard case for metadata, citation
/// and feed formats: `&`, `<`, quotes and `</script>` in titles, Urdu and accented names, a
/// two-word family name, an editor, a draft and an `updated` date.
enum SyntheticSite {
    static let trickyTitle = #"Water & Power: <Why> "Now" </script><script>alert(1)</script>"#
    static let trickySubtitle = "Ça coûte cher, d'après José"
    static let trickySummary = #"Tariffs & <subsidies> "matter"; see </script> too. Urdu: پانی"#
    /// As pages, feeds and citations show them: with the body's smart punctuation.
    static let trickyTitleShown = SmartPunctuation.apply(trickyTitle)
    static let trickySubtitleShown = SmartPunctuation.apply(trickySubtitle)
    static let trickySummaryShown = SmartPunctuation.apply(trickySummary)
    static let organisation = #"Institut d'Études "Stratégiques" & <Politiques>"#
    static let baseURL = "https://example.org/think/"

    /// The site folder.
    static func write(extraSiteYAML: String = "", briefs: [String: String] = [:]) throws -> URL {
        let root = FixturePaths.temporaryDirectory().appendingPathComponent("site")
        var files: [String: String] = [
            "site.yaml": """
            title: "Think & <Tank>"
            base_url: \(baseURL)
            language: en
            organisation: { name: "Institut d'Études \\"Stratégiques\\" & <Politiques>", short_name: IESP, place: Lahore }
            disclaimer: "Our views."
            types:
              policy-brief: Policy Brief
              working-paper: Working Paper
            paginate: 2
            \(extraSiteYAML)
            """,
            "content/people/gabriel.md": "---\nname: Gabriel García Márquez\nfamily_name: García Márquez\nrole: Fellow\n---\nBio.\n",
            "content/people/jose.md": "---\nname: José Álvarez-Núñez\norcid: 0000-0002-1825-0097\n---\nBio.\n",
            "content/people/ali.md": "---\nname: علی رضا\n---\nبیو\n",
            "content/people/edith.md": "---\nname: Edith O'Brien\nrole: Editor\n---\nEdits.\n",
            "content/centres/econ.md": "---\nname: \"Economy & <Trade>\"\n---\nTrade & money.\n",
            "content/briefs/tricky.md": """
            ---
            title: '\(trickyTitle)'
            subtitle: "\(trickySubtitle)"
            date: 2025-03-04
            updated: 2025-05-06
            authors: [gabriel, jose, ali]
            editors: [edith]
            centre: econ
            type: working-paper
            number: "WP-2025/07 & <b>"
            topics: ["Énergie & eau", trade]
            keywords: [tariffs, "50% rule_{x}"]
            summary: '\(trickySummary)'
            doi: 10.1234/abc_def
            ---
            Body text.[^1]

            [^1]: A note.
            """,
            "content/briefs/older.md": """
            ---
            title: Older Trade Brief
            date: 2024-01-02
            authors: [ali]
            centre: econ
            topics: [trade]
            summary: Older.
            ---
            Text.
            """,
            "content/briefs/middle.md": """
            ---
            title: Middle Energy Brief
            date: 2024-06-01
            authors: [jose]
            topics: ["Énergie & eau", trade]
            ---
            Text.
            """,
            "content/briefs/lonely.md": """
            ---
            title: Nothing in Common
            date: 2023-05-05
            authors: [jose]
            ---
            Text.
            """,
            "content/briefs/secret-draft.md": """
            ---
            title: Secret Draft
            date: 2026-01-01
            authors: [ali]
            centre: econ
            topics: [trade, "draft only topic"]
            draft: true
            ---
            Text.
            """,
        ]
        for (name, text) in briefs { files["content/briefs/\(name).md"] = text }
        for (path, text) in files {
            let url = root.appendingPathComponent(path)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(text.utf8).write(to: url)
        }
        return root
    }

    /// Builds the site and returns the output folder.
    static func build(_ root: URL, output: URL? = nil, drafts: Bool = false) throws -> URL {
        let out = output ?? FixturePaths.temporaryDirectory().appendingPathComponent("public")
        let result = SiteBuild(options: BuildOptions(siteRoot: root, output: out, includeDrafts: drafts, jobs: 2)).run()
        guard result.wrote, !result.hasErrors else { throw Failure.build(result.diagnostics.map(\.description)) }
        return out
    }

    static func read(_ output: URL, _ path: String) throws -> String {
        try String(contentsOf: output.appendingPathComponent(path), encoding: .utf8)
    }

    enum Failure: Error {
        case build([String])
    }
}
