import Foundation
import Testing

/// Moved briefs (issue 21): `aliases:` write a redirect page at each old address and a
/// `_redirects` file for hosts; a bad or colliding alias is an error at its line; a brief whose
/// slug changed since the last build keeps a redirect from its old address, with a warning.
@Suite struct AliasTests {
    func edit(_ site: URL, _ path: String, _ change: (String) -> String) throws {
        let url = site.appendingPathComponent(path)
        try Data(change(try String(contentsOf: url, encoding: .utf8)).utf8).write(to: url)
    }

    func text(_ url: URL, _ path: String) -> String {
        (try? String(contentsOf: url.appendingPathComponent(path), encoding: .utf8)) ?? ""
    }

    @Test func eachAliasGetsARedirectPageAndALineForHosts() throws {
        let site = try ImprintBinary.copyFixture("golden-site/input")
        let out = site.deletingLastPathComponent().appendingPathComponent("public")
        try edit(site, "content/briefs/grid-reform/index.md") {
            $0.replacingOccurrences(of: "subtitle: Fixing the wires", with: "subtitle: Fixing the wires\naliases: [/briefs/wires/, /reports/2025/grid.html]")
        }
        let build = try ImprintBinary.run(["build", "-s", site.path, "-o", out.path])
        #expect(build.status == 0, "\(build.stderr)")
        let page = text(out, "briefs/wires/index.html")
        #expect(page.contains(#"<meta http-equiv="refresh" content="0; url=/research/briefs/grid-reform/">"#), "\(page)")
        #expect(page.contains(#"<link rel="canonical" href="https://golden.example.org/research/briefs/grid-reform/">"#))
        #expect(page.contains(#"<meta name="robots" content="noindex">"#))
        #expect(page.contains("<title>Grid Reform: &lt;Why&gt; “Now” &amp; Later</title>"), "the title is escaped: \(page)")
        #expect(text(out, "reports/2025/grid.html").contains("url=/research/briefs/grid-reform/"))
        #expect(text(out, "_redirects").contains("""
            /research/briefs/wires/ /research/briefs/grid-reform/ 301
            /research/briefs/wires/wires.pdf /research/briefs/grid-reform/grid-reform.pdf 301
            /research/reports/2025/grid.html /research/briefs/grid-reform/ 301
            /research/about-us/ /research/about/ 301

            """), "the briefs' first, then the pages': \(text(out, "_redirects"))")
        #expect(!text(out, "sitemap.xml").contains("wires"), "old addresses are not in the sitemap")

        // A site with its own _redirects keeps it.
        try FileManager.default.createDirectory(at: site.appendingPathComponent("static"), withIntermediateDirectories: true)
        try Data("/old /new 302\n".utf8).write(to: site.appendingPathComponent("static/_redirects"))
        let again = try ImprintBinary.run(["build", "-s", site.path, "-o", out.path])
        #expect(again.status == 0, "\(again.stderr)")
        #expect(text(out, "_redirects") == "/old /new 302\n")
        #expect(FileManager.default.fileExists(atPath: out.appendingPathComponent("briefs/wires/index.html").path))
    }

    @Test func badAndCollidingAliasesAreErrorsAtTheirLines() throws {
        let site = try ImprintBinary.copyFixture("golden-site/input")
        let out = site.deletingLastPathComponent().appendingPathComponent("public")
        try edit(site, "content/briefs/grid-reform/index.md") {
            $0.replacingOccurrences(of: "subtitle: Fixing the wires", with: "subtitle: Fixing the wires\naliases:\n  - ../../etc/\n  - /briefs/gas-prices/\n  - /old/")
        }
        try edit(site, "content/briefs/gas-prices.md") {
            $0.replacingOccurrences(of: "title: Gas Prices", with: "title: Gas Prices\naliases: [https://old.example.org/gas/, old, /Briefs/Grid-Reform/, /FEED.xml/x/]")
        }
        let build = try ImprintBinary.run(["build", "-s", site.path, "-o", out.path])
        #expect(build.status == 1)
        #expect(build.stderr.contains("content/briefs/grid-reform/index.md:5:5: error: alias `../../etc/` has a . or .. part; write the old address as a path, e.g. /briefs/old-slug/ [invalid-alias]"), "\(build.stderr)")
        #expect(build.stderr.contains("content/briefs/grid-reform/index.md:6:5: error: alias `/research/briefs/gas-prices/` is the address of a page or file this build writes; a redirect there would replace it [alias-collision]"))
        #expect(build.stderr.contains("content/briefs/gas-prices.md:3:11: error: alias `https://old.example.org/gas/` is a URL, not a path of this site"))
        #expect(build.stderr.contains("content/briefs/gas-prices.md:3:41: error: alias `/research/old/` is also an alias of content/briefs/grid-reform/index.md (line 7); one old address can lead to one page [alias-collision]"), "\(build.stderr)")
        #expect(build.stderr.contains("content/briefs/gas-prices.md:3:46: error: alias `/research/Briefs/Grid-Reform/` is the address of a page or file this build writes"),
                "on a disk that ignores case it is grid-reform's page: \(build.stderr)")
        #expect(build.stderr.contains("content/briefs/gas-prices.md:3:68: error: alias `/research/FEED.xml/x/` is the address of a page or file this build writes"),
                "feed.xml is a file, not a folder")
        #expect(!FileManager.default.fileExists(atPath: out.path))
    }

    @Test func aRenamedBriefKeepsARedirectFromItsLastAddress() throws {
        let site = try ImprintBinary.copyFixture("golden-site/input")
        let out = site.deletingLastPathComponent().appendingPathComponent("public")
        let first = try ImprintBinary.run(["build", "-s", site.path, "-o", out.path])
        #expect(first.status == 0, "\(first.stderr)")
        try FileManager.default.moveItem(at: site.appendingPathComponent("content/briefs/gas-prices.md"),
                                         to: site.appendingPathComponent("content/briefs/gas-price-shock.md"))
        for round in 1...2 {
            let moved = try ImprintBinary.run(["build", "-s", site.path, "-o", out.path])
            #expect(moved.status == 0, "\(moved.stderr)")
            #expect(moved.stderr.contains("content/briefs/gas-price-shock.md:2:8: warning: this brief was published at /briefs/gas-prices/ by an earlier build; a redirect from there is written while the build cache remembers it: add `aliases: [/briefs/gas-prices/]` to keep it [slug-changed]"), "round \(round): \(moved.stderr)")
            #expect(text(out, "briefs/gas-prices/index.html").contains("url=/research/briefs/gas-price-shock/"), "round \(round)")
            #expect(text(out, "_redirects").contains("/research/briefs/gas-prices/gas-prices.pdf /research/briefs/gas-price-shock/gas-price-shock.pdf 301"))
        }
        // Made an alias, the warning goes and the redirect stays.
        try edit(site, "content/briefs/gas-price-shock.md") { $0.replacingOccurrences(of: "title: Gas Prices", with: "title: Gas Prices\naliases: [/briefs/gas-prices/]") }
        let kept = try ImprintBinary.run(["build", "-s", site.path, "-o", out.path])
        #expect(kept.status == 0, "\(kept.stderr)")
        #expect(!kept.stderr.contains("slug-changed"), "\(kept.stderr)")
        #expect(text(out, "briefs/gas-prices/index.html").contains("url=/research/briefs/gas-price-shock/"))
    }
}
