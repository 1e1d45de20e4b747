import Foundation
@testable import SiteBuilder
import SiteModel

/// A throwaway site folder written by a test: a valid base (site.yaml, one person, one centre)
/// plus whatever files the test adds.
struct TestSite {
    let root: URL
    let output: URL

    init(files: [String: String] = [:]) throws {
        let base = FixturePaths.temporaryDirectory()
        root = base.appendingPathComponent("site")
        output = base.appendingPathComponent("public")
        try write("site.yaml", "title: Test Institute\nbase_url: https://test.example.org/\norganisation: { name: Test Institute }\n")
        try write("content/people/ana.md", "---\nname: Ana Ruiz\nrole: Fellow\ncentre: water\n---\nBio.\n")
        try write("content/centres/water.md", "---\nname: Water Centre\n---\nWater.\n")
        for (path, text) in files { try write(path, text) }
    }

    func write(_ path: String, _ text: String) throws {
        try write(path, Data(text.utf8))
    }

    func write(_ path: String, _ data: Data) throws {
        let url = root.appendingPathComponent(path)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try data.write(to: url)
    }

    func build(drafts: Bool = false) -> BuildResult {
        SiteBuild(options: BuildOptions(siteRoot: root, output: output, includeDrafts: drafts, jobs: 2)).run()
    }

    func page(_ path: String) throws -> String {
        try String(contentsOf: output.appendingPathComponent(path), encoding: .utf8)
    }

    /// A brief with the given front-matter lines and body.
    static func brief(_ frontMatter: String = "", body: String = "Text.\n", title: String = "A Brief") -> String {
        "---\ntitle: \(title)\ndate: 2025-01-01\nauthors: [ana]\n\(frontMatter)---\n\(body)"
    }
}
