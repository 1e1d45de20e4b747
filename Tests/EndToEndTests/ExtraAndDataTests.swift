import Foundation
import Testing

/// An open content model (issue 21): `extra:` in any front matter and in site.yaml, and
/// `data/*.yaml` files, reach templates with their YAML types; term ids read as their labels.
@Suite struct ExtraAndDataTests {
    func write(_ site: URL, _ path: String, _ text: String) throws {
        let url = site.appendingPathComponent(path)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(text.utf8).write(to: url)
    }

    @Test func templatesReadExtraAndDataWithTheirTypes() throws {
        let site = try ImprintBinary.copyFixture("golden-site/input")
        let out = site.deletingLastPathComponent().appendingPathComponent("public")
        try write(site, "content/pages/about.md", """
            ---
            title: About
            extra: { funder: "Ford & <Co>", founded: 1998, share: 0.25, listed: true, hidden: false, tags: [a, b], quoted: "12" }
            ---
            We publish briefs.
            """)
        try write(site, "data/partners.yaml", "- { name: Water Trust, since: 2019 }\n- { name: \"Grid <Watch>\", since: 2021 }\n")
        try write(site, "data/contacts/press.yaml", "phone: \"+92 81 000\"\n")
        let yaml = try String(contentsOf: site.appendingPathComponent("site.yaml"), encoding: .utf8)
        try Data((yaml + "extra: { twitter: goldeninst }\n").utf8).write(to: site.appendingPathComponent("site.yaml"))
        try write(site, "templates/page.mustache", """
            {{extra.funder}}|{{extra.founded}}|{{extra.share}}|{{#extra.listed}}listed{{/extra.listed}}|{{^extra.hidden}}shown{{/extra.hidden}}|{{#extra.tags}}[{{.}}]{{/extra.tags}}|{{extra.quoted}}
            {{#data.partners}}{{name}} since {{since}};{{/data.partners}}|{{data.contacts.press.phone}}|{{site.extra.twitter}}

            """)
        let build = try ImprintBinary.run(["build", "-s", site.path, "-o", out.path])
        #expect(build.status == 0, "\(build.stderr)")
        let page = try String(contentsOf: out.appendingPathComponent("about/index.html"), encoding: .utf8)
        #expect(page == """
            Ford &amp; &lt;Co&gt;|1998|0.25|listed|shown|[a][b]|12
            Water Trust since 2019;Grid &lt;Watch&gt; since 2021;|+92 81 000|goldeninst

            """, "\(page)")
    }

    @Test func badExtraAndDataAreErrorsAtTheirLines() throws {
        let site = try ImprintBinary.copyFixture("golden-site/input")
        try write(site, "content/pages/about.md", "---\ntitle: About\nextra: [not, a, map]\n---\nText.\n")
        try write(site, "data/broken.yaml", "partners:\n  - name: A\n   bad: indent\n")
        let check = try ImprintBinary.run(["check", "-s", site.path])
        #expect(check.status == 1)
        #expect(check.stdout.contains("content/pages/about.md:3:8: error: `extra` must be a set of `key: value` entries of your own"), "\(check.stdout)")
        #expect(check.stdout.contains("data/broken.yaml:3:"), "\(check.stdout)")
    }
}
