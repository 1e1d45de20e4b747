import Foundation
import Testing

/// Embargoes (issue 21): a brief with a `publish_at` or a `date` still to come is left out of
/// the build, its listings, feeds and sitemap until then; `--future` builds it, marked; `check`
/// lists it; a published page that links to it is an error, as the link would be broken.
@Suite struct EmbargoTests {
    func write(_ text: String, to path: String, in site: URL) throws {
        try Data(text.utf8).write(to: site.appendingPathComponent(path))
    }

    func brief(_ title: String, date: String = "2025-01-10", publishAt: String? = nil, body: String = "Text.") -> String {
        "---\ntitle: \(title)\ndate: \(date)\n" + (publishAt.map { "publish_at: \($0)\n" } ?? "")
            + "authors: [zara-baloch]\ntopics: [electricity]\n---\n\(body)\n"
    }

    func text(_ url: URL, _ path: String) -> String {
        (try? String(contentsOf: url.appendingPathComponent(path), encoding: .utf8)) ?? ""
    }

    @Test func aBriefBeforeItsReleaseIsLeftOutOfEverything() throws {
        let site = try ImprintBinary.copyFixture("golden-site/input")
        let out = site.deletingLastPathComponent().appendingPathComponent("public")
        try write(brief("Tariff Reform", publishAt: "2099-03-01T09:00+05:00"), to: "content/briefs/tariff-reform.md", in: site)
        try write(brief("Next Century", date: "2101-01-01"), to: "content/briefs/next-century.md", in: site)

        let build = try ImprintBinary.run(["build", "-s", site.path, "-o", out.path])
        #expect(build.status == 0, "\(build.stderr)")
        #expect(build.stdout.contains("2 embargoed briefs left out until release (the next, content/briefs/tariff-reform.md, at 2099-03-01 09:00 +05:00)"), "\(build.stdout)")
        for slug in ["tariff-reform", "next-century"] {
            #expect(!FileManager.default.fileExists(atPath: out.appendingPathComponent("briefs/\(slug)").path))
            for file in ["index.html", "feed.xml", "feed.json", "sitemap.xml", "briefs/index.html", "topics/electricity/index.html", "people/zara-baloch/index.html"] {
                #expect(!text(out, file).contains(slug), "\(slug) in \(file)")
            }
        }
        #expect(text(out, "index.html").contains("/briefs/gas-prices/"), "the published briefs are still listed")

        let check = try ImprintBinary.run(["check", "-s", site.path])
        #expect(check.status == 0, "\(check.stderr)")
        #expect(check.stdout.contains("content/briefs/tariff-reform.md: embargoed until 2099-03-01 09:00 +05:00: Tariff Reform\n"), "\(check.stdout)")
        #expect(check.stdout.contains("content/briefs/next-century.md: embargoed until 2101-01-01 00:00"))
    }

    /// Before its release a brief is not built, but its body links to its own headings, notes,
    /// figures and bundle files as it will once published: none of those is an error, while a
    /// genuinely broken anchor in it still is.
    @Test func anEmbargoedBriefMayLinkToItsOwnAnchorsAndFiles() throws {
        let site = try ImprintBinary.copyFixture("golden-site/input")
        let out = site.deletingLastPathComponent().appendingPathComponent("public")
        let bundle = site.appendingPathComponent("content/briefs/tariff-reform")
        try FileManager.default.createDirectory(at: bundle, withIntermediateDirectories: true)
        try FileManager.default.copyItem(at: site.appendingPathComponent("content/briefs/grid-reform/chart.svg"),
                                         to: bundle.appendingPathComponent("chart.svg"))
        let body = """
            ## The problem

            See [below](#the-problem), [the note](#tariff-reform-fn-1), [the chart](chart.svg) and
            [this page](/briefs/tariff-reform/#the-problem).[^1]

            ![Tariffs by year](chart.svg)

            [^1]: A source.
            """
        try write(brief("Tariff Reform", publishAt: "2099-03-01T09:00+05:00", body: body)
                    .replacingOccurrences(of: "---\n## The", with: "corrections:\n  - date: 2025-02-01\n    text: \"Fixed [the problem](#the-problem).\"\n---\n## The"),
                  to: "content/briefs/tariff-reform/index.md", in: site)
        let build = try ImprintBinary.run(["build", "-s", site.path, "-o", out.path])
        #expect(build.status == 0, "\(build.stderr)")
        #expect(!build.stderr.contains("tariff-reform"), "\(build.stderr)")
        #expect(!FileManager.default.fileExists(atPath: out.appendingPathComponent("briefs/tariff-reform").path))

        try write(brief("Tariff Reform", publishAt: "2099-03-01T09:00+05:00", body: body + "\nAnd [nowhere](#no-such-heading).\n"),
                  to: "content/briefs/tariff-reform/index.md", in: site)
        let broken = try ImprintBinary.run(["build", "-s", site.path, "-o", out.path])
        #expect(broken.status != 0)
        #expect(broken.stderr.contains("content/briefs/tariff-reform/index.md:16:"), "\(broken.stderr)")
        #expect(broken.stderr.contains("`#no-such-heading` matches no heading or note on this page"), "\(broken.stderr)")
    }

    @Test func futureBuildsThemMarkedButNeverInTheFeeds() throws {
        let site = try ImprintBinary.copyFixture("golden-site/input")
        let out = site.deletingLastPathComponent().appendingPathComponent("public")
        try write(brief("Tariff Reform", publishAt: "2099-03-01T09:00+05:00"), to: "content/briefs/tariff-reform.md", in: site)
        let build = try ImprintBinary.run(["build", "-s", site.path, "-o", out.path, "--future"])
        #expect(build.status == 0, "\(build.stderr)")
        #expect(!build.stdout.contains("embargoed"))
        let page = text(out, "briefs/tariff-reform/index.html")
        #expect(page.contains(#"<strong>Embargoed.</strong> Not to be published before <time datetime="2099-03-01T09:00:00+05:00">2099-03-01 09:00 +05:00</time>"#), "\(page)")
        #expect(text(out, "briefs/index.html").contains("Embargoed until"))
        for file in ["feed.xml", "feed.json", "sitemap.xml", "topics/electricity/feed.xml"] {
            #expect(!text(out, file).contains("tariff-reform"), "\(file)")
        }
    }

    @Test func aMalformedTimeAndALinkToAnEmbargoedBriefAreErrorsAtTheirLines() throws {
        let site = try ImprintBinary.copyFixture("golden-site/input")
        let out = site.deletingLastPathComponent().appendingPathComponent("public")
        try write(brief("Tariff Reform", publishAt: "2099-03-01T09:00+05:00"), to: "content/briefs/tariff-reform.md", in: site)
        try write(brief("Local Time", publishAt: "2099-03-01 09:00"), to: "content/briefs/local-time.md", in: site)
        try write(brief("Earlier", date: "2098-01-01", body: "See [the reform](/briefs/tariff-reform/)."), to: "content/briefs/earlier.md", in: site)
        try write(brief("Later", publishAt: "2099-03-02T00:00Z", body: "See [the reform](/briefs/tariff-reform/)."), to: "content/briefs/later.md", in: site)

        let build = try ImprintBinary.run(["build", "-s", site.path, "-o", out.path])
        #expect(build.status == 1)
        #expect(build.stderr.contains("content/briefs/local-time.md:4:13: error: `publish_at` must be a date, a time and a zone, e.g. 2031-03-01T09:00+05:00 or 2031-03-01T04:00Z, not `2099-03-01 09:00` [invalid-date]"), "\(build.stderr)")
        #expect(build.stderr.contains("content/briefs/earlier.md:7:5: error: `/briefs/tariff-reform/` links to a brief embargoed until 2099-03-01 09:00 +05:00; the link would be broken until then [link-to-embargoed]"))
        #expect(!build.stderr.contains("later.md"), "a brief released after its target may link to it")
        #expect(!FileManager.default.fileExists(atPath: out.path))
    }

    @Test func anUnchangedSiteIsBuiltAgainOnceABriefIsDue() throws {
        let site = try ImprintBinary.copyFixture("golden-site/input")
        let out = site.deletingLastPathComponent().appendingPathComponent("public")
        let formatter = ISO8601DateFormatter()
        let soon = formatter.string(from: Date().addingTimeInterval(3))
        try write(brief("Due Soon", publishAt: soon), to: "content/briefs/due-soon.md", in: site)

        let first = try ImprintBinary.run(["build", "-s", site.path, "-o", out.path])
        #expect(first.status == 0, "\(first.stderr)")
        #expect(first.stdout.contains("1 embargoed brief left out"), "\(first.stdout)")
        let early = try ImprintBinary.run(["build", "-s", site.path, "-o", out.path])
        if Date() < formatter.date(from: soon)! {
            #expect(early.stdout.hasPrefix("Up to date:"), "\(early.stdout)")
        }
        Thread.sleep(forTimeInterval: max(0, formatter.date(from: soon)!.timeIntervalSinceNow) + 0.2)
        let due = try ImprintBinary.run(["build", "-s", site.path, "-o", out.path])
        #expect(due.status == 0, "\(due.stderr)")
        #expect(due.stdout.hasPrefix("Built "), "the last build's record is stale once a brief is due: \(due.stdout)")
        #expect(!due.stdout.contains("embargoed"))
        #expect(text(out, "feed.xml").contains("/briefs/due-soon/"))
    }
}
