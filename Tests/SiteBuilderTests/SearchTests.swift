import Foundation
import Testing
@testable import SiteBuilder

/// `search: { enabled: true }`: the /search/ page, and Pagefind run through `PagefindRunner`
/// on the staging folder before the swap, with a warning (never a failure) when it cannot run.
@Suite struct SearchTests {
    static let config = "title: Test Institute\nbase_url: https://test.example.org/\norganisation: { name: Test Institute }\n"

    /// A stand-in for Pagefind: a shell script in a temporary folder.
    func script(_ body: String) throws -> URL {
        let url = FixturePaths.temporaryDirectory().appendingPathComponent("pagefind")
        try ("#!/bin/sh\n" + body).write(to: url, atomically: true, encoding: .utf8)
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: url.path)
        return url
    }

    func site(search: String? = "search: { enabled: true }\n") throws -> TestSite {
        let site = try TestSite(files: ["content/briefs/a.md": TestSite.brief(body: "Water.[^1]\n\n[^1]: A note.\n")])
        try site.write("site.yaml", Self.config + (search ?? ""))
        return site
    }

    func build(_ site: TestSite, _ runner: PagefindRunner) -> BuildResult {
        SiteBuild(options: BuildOptions(siteRoot: site.root, output: site.output, jobs: 2, pagefind: runner)).run()
    }

    @Test func indexesTheStagingFolderBeforeTheSwap() throws {
        let site = try site()
        // Records the folder it was given, and writes what Pagefind would.
        let tool = try script("""
        while [ $# -gt 0 ]; do case "$1" in --site) site="$2"; shift;; --output-subdir) sub="$2"; shift;; esac; shift; done
        echo "$site" > "$(dirname "$0")/site-given"
        test -f "$site/briefs/a/index.html" || exit 9
        mkdir -p "$site/$sub" && echo "// ui" > "$site/$sub/pagefind-ui.js"
        """)
        let result = build(site, PagefindRunner(command: [tool.path]))
        #expect(result.diagnostics.isEmpty, "\(result.diagnostics)")
        #expect(result.wrote)
        #expect(FileManager.default.fileExists(atPath: site.output.appendingPathComponent("pagefind/pagefind-ui.js").path))
        let given = try String(contentsOf: tool.deletingLastPathComponent().appendingPathComponent("site-given"), encoding: .utf8)
        #expect(given.contains(".imprint-staging-"), "Pagefind indexes the staging folder, not the live one: \(given)")
        let page = try site.page("search/index.html")
        #expect(page.contains(#"<script src="/pagefind/pagefind-ui.js" defer></script>"#))
        #expect(page.contains(#"<div id="search" class="search" data-base-url="/" data-placeholder="Search the briefs"></div>"#))
        #expect(page.contains("<noscript>"))
    }

    @Test func aMissingPagefindIsAWarningAndTheSiteIsStillBuilt() throws {
        let site = try site()
        let result = build(site, PagefindRunner(command: ["/nonexistent/pagefind"]))
        #expect(result.wrote)
        #expect(!result.hasErrors)
        #expect(result.diagnostics.map(\.code) == ["search-unavailable"])
        #expect(result.diagnostics.first?.location.file == "site.yaml")
        #expect(FileManager.default.fileExists(atPath: site.output.appendingPathComponent("search/index.html").path))
    }

    @Test func notFoundAnywhereSaysHowToInstallIt() {
        let runner = PagefindRunner(environment: ["PATH": FixturePaths.temporaryDirectory().path])
        guard case .missing(let message) = runner.index(site: FixturePaths.temporaryDirectory()) else {
            Issue.record("expected .missing")
            return
        }
        #expect(message.contains("pip install 'pagefind[bin]'"))
    }

    @Test func findsPagefindOnThePath() throws {
        let tool = try script("exit 0\n")
        let runner = PagefindRunner(environment: ["PATH": tool.deletingLastPathComponent().path])
        #expect(runner.locate() == ["pagefind"])
        #expect(runner.index(site: FixturePaths.temporaryDirectory()) == .indexed(command: "pagefind"))
    }

    @Test func aFailingPagefindIsAWarningWithItsOutput() throws {
        let site = try site()
        let tool = try script("echo 'Error: something broke' >&2\nexit 3\n")
        let result = build(site, PagefindRunner(command: [tool.path]))
        #expect(result.wrote)
        let warning = try #require(result.diagnostics.first)
        #expect(warning.code == "search-failed")
        #expect(warning.severity == .warning)
        #expect(warning.message.contains("exited with status 3"))
        #expect(warning.message.contains("Error: something broke"))
    }

    @Test func aHangingPagefindIsStopped() throws {
        let tool = try script("exec sleep 20\n")
        let outcome = PagefindRunner(command: [tool.path], timeout: 0.5).index(site: FixturePaths.temporaryDirectory())
        guard case .failed(let message) = outcome else {
            Issue.record("expected .failed, got \(outcome)")
            return
        }
        #expect(message.contains("did not finish"))
    }

    @Test func withoutSearchThereIsNoPageAndPagefindNeverRuns() throws {
        let site = try site(search: nil)
        let tool = try script("touch \"$(dirname \"$0\")/ran\"\n")
        let result = build(site, PagefindRunner(command: [tool.path]))
        #expect(result.diagnostics.isEmpty)
        #expect(!FileManager.default.fileExists(atPath: site.output.appendingPathComponent("search").path))
        #expect(!FileManager.default.fileExists(atPath: tool.deletingLastPathComponent().appendingPathComponent("ran").path))
        #expect(try !site.page("index.html").contains("/search/"))
    }

    @Test func searchSettingsAreChecked() throws {
        let site = try site(search: "search: { enabled: true, enable: yes }\n")
        let codes = build(site, PagefindRunner(command: ["/bin/true"])).diagnostics.map(\.code)
        #expect(codes == ["unknown-key"])
        try site.write("site.yaml", Self.config + "search: true\n")
        #expect(build(site, PagefindRunner(command: ["/bin/true"])).diagnostics.map(\.code) == ["wrong-type"])
    }

    @Test func briefPagesCarryFiltersWeightsAndExclusions() throws {
        let site = try TestSite(files: [
            "content/briefs/a.md": TestSite.brief("centre: water\ntopics: [rivers, dams]\nsummary: S.\nsubtitle: Sub\n",
                                                  body: "Water.[^1]\n\n[^1]: A note.\n"),
        ])
        _ = build(site, PagefindRunner(command: ["/bin/true"]))
        let page = try site.page("briefs/a/index.html")
        #expect(page.contains(#"<article class="brief" data-pagefind-body>"#))
        #expect(page.contains(#"<span class="kicker-type" data-pagefind-filter="type">Brief</span>"#))
        #expect(page.contains(#"<h1 class="brief-title" data-pagefind-weight="10">A Brief</h1>"#))
        #expect(page.contains(#"<p class="summary" data-pagefind-weight="7">S.</p>"#))
        #expect(page.contains(#"<dd data-pagefind-filter="year:2025">"#))
        #expect(page.contains(#"<dd data-pagefind-filter="centre"><a href="/centres/water/">Water Centre</a></dd>"#))
        #expect(page.contains(#"<dd data-pagefind-filter="topic"><a href="/topics/rivers/">rivers</a></dd>"#))
        #expect(page.contains(#"<div class="notes" data-pagefind-ignore data-go-to-note="Go to note {n}"><section class="footnotes""#))
        #expect(page.contains(#"<aside class="sidenote" aria-hidden="true" data-pagefind-ignore>"#))
        #expect(page.contains(#"<footer class="brief-footer" data-pagefind-ignore>"#))
        #expect(page.contains(#"<script src="/js/notes.js" defer></script>"#))
        #expect(try !site.page("people/ana/index.html").contains("notes.js"), "only pages with notes load the script")
    }
}
