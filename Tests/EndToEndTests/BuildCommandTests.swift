import Foundation
#if canImport(Glibc)
import Glibc
#endif
import Testing

@Suite struct BuildCommandTests {
    @Test func buildsTheSampleSiteAndPrintsASummary() throws {
        let out = ImprintBinary.temporaryDirectory().appendingPathComponent("public")
        let result = try ImprintBinary.run(["build", "--site", ImprintBinary.packageRoot.path, "--output", out.path])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.range(of: #"^Built \d+ pages from \d+ briefs in \d+\.\d\d s"#, options: .regularExpression) != nil)
        #expect(FileManager.default.fileExists(atPath: out.appendingPathComponent("index.html").path))
        #expect(FileManager.default.fileExists(atPath: out.appendingPathComponent("404.html").path))
        #expect(FileManager.default.fileExists(atPath: out.appendingPathComponent("css/site.css").path))
    }

    @Test func anUnchangedRebuildSaysSoAndRepeatsTheWarnings() throws {
        let site = try ImprintBinary.copyFixture("golden-site/input")
        let out = site.deletingLastPathComponent().appendingPathComponent("public")
        let brief = site.appendingPathComponent("content/briefs/gas-prices.md")
        let text = try String(contentsOf: brief, encoding: .utf8)
        try Data(text.replacingOccurrences(of: "type: issue-brief", with: "type: issue-brief\ncolour: blue").utf8).write(to: brief)
        let first = try ImprintBinary.run(["build", "--site", site.path, "--output", out.path])
        try #require(first.status == 0, "\(first.stderr)")
        #expect(first.stdout.hasPrefix("Built "))
        let second = try ImprintBinary.run(["build", "--site", site.path, "--output", out.path])
        #expect(second.status == 0)
        #expect(second.stdout.range(of: #"^Up to date: \d+ pages from \d+ briefs, nothing changed since the last build \(\d+\.\d\d s\) \(0 errors, 1 warning\)"#,
                                    options: .regularExpression) != nil, "\(second.stdout)")
        #expect(second.stderr == first.stderr)
        #expect(second.stderr.contains("content/briefs/gas-prices.md:6:1: warning: "))
    }

    @Test func contentErrorsExitWithOneAndWriteNothing() throws {
        let site = ImprintBinary.packageRoot.appendingPathComponent("Tests/Fixtures/invalid-site")
        let out = ImprintBinary.temporaryDirectory().appendingPathComponent("public")
        let result = try ImprintBinary.run(["build", "--site", site.path, "--output", out.path])
        #expect(result.status == 1)
        #expect(result.stderr.contains("content/briefs/bad-date.md:3:7: error: `date` is 2025-02-30, which is not a real date"))
        #expect(result.stderr.contains("content/briefs/unused-note.md:9:1: error: footnote [^b] is defined but never referenced"))
        #expect(result.stderr.contains("was left as it was"))
        #expect(!FileManager.default.fileExists(atPath: out.path))
    }

    @Test func aFailedBuildLeavesThePreviousOutputUntouched() throws {
        let site = try ImprintBinary.copyFixture("golden-site/input")
        let out = site.deletingLastPathComponent().appendingPathComponent("public")
        let first = try ImprintBinary.run(["build", "--site", site.path, "--output", out.path])
        try #require(first.status == 0, "\(first.stderr)")
        let page = out.appendingPathComponent("briefs/gas-prices/index.html")
        let before = try Data(contentsOf: page)
        let files = try FileManager.default.subpathsOfDirectory(atPath: out.path).sorted()

        let brief = site.appendingPathComponent("content/briefs/gas-prices.md")
        try Data("---\ntitle: Gas Prices, revised\ndate: 2024-02-30\nauthors: [zara-baloch]\n---\nText.[^x]\n".utf8).write(to: brief)
        let second = try ImprintBinary.run(["build", "--site", site.path, "--output", out.path])
        #expect(second.status == 1)
        #expect(second.stderr.contains("content/briefs/gas-prices.md:3:7: error"))
        #expect(second.stderr.contains("content/briefs/gas-prices.md:6:6: error: footnote [^x] is referenced but never defined"))
        #expect(try Data(contentsOf: page) == before)
        #expect(try FileManager.default.subpathsOfDirectory(atPath: out.path).sorted() == files)
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: out.deletingLastPathComponent().path)
            .filter { $0.contains("imprint-staging") || $0.contains("imprint-old") }
        #expect(leftovers.isEmpty)
    }

    @Test func usageErrorsExitWithTwo() throws {
        let unknown = try ImprintBinary.run(["build", "--no-such-flag"])
        #expect(unknown.status == 2)
        let badJobs = try ImprintBinary.run(["build", "--jobs", "0"])
        #expect(badJobs.status == 2)
        #expect(badJobs.stderr.contains("--jobs must be at least 1"))
        let noSite = try ImprintBinary.run(["build", "--site", "/nonexistent/site"])
        #expect(noSite.status == 2)
    }

    @Test func refusesToReplaceTheSiteFolder() throws {
        let site = try ImprintBinary.copyFixture("golden-site/input")
        let result = try ImprintBinary.run(["build", "--site", site.path, "--output", site.path])
        #expect(result.status == 1)
        #expect(FileManager.default.fileExists(atPath: site.appendingPathComponent("site.yaml").path))
    }

    @Test func draftsAreLeftOutUnlessAskedFor() throws {
        let site = ImprintBinary.packageRoot.appendingPathComponent("Tests/Fixtures/golden-site/input")
        let out = ImprintBinary.temporaryDirectory().appendingPathComponent("public")
        _ = try ImprintBinary.run(["build", "--site", site.path, "--output", out.path])
        #expect(!FileManager.default.fileExists(atPath: out.appendingPathComponent("briefs/solar-draft/index.html").path))
        let withDrafts = try ImprintBinary.run(["build", "--site", site.path, "--output", out.path, "--drafts"])
        #expect(withDrafts.status == 0)
        #expect(FileManager.default.fileExists(atPath: out.appendingPathComponent("briefs/solar-draft/index.html").path))
    }

    @Test func baseURLOverride() throws {
        let site = ImprintBinary.packageRoot.appendingPathComponent("Tests/Fixtures/golden-site/input")
        let out = ImprintBinary.temporaryDirectory().appendingPathComponent("public")
        let r = try ImprintBinary.run(["build", "--site", site.path, "--output", out.path, "--base-url", "https://staging.example.org/"])
        #expect(r.status == 0)
        let html = try String(contentsOf: out.appendingPathComponent("briefs/gas-prices/index.html"), encoding: .utf8)
        #expect(html.contains("https://staging.example.org/briefs/gas-prices/"))
        let robots = try String(contentsOf: out.appendingPathComponent("robots.txt"), encoding: .utf8)
        #expect(robots.hasSuffix("User-agent: *\nDisallow: /\n"), "a staging build keeps crawlers out: \(robots)")

        let allowed = try ImprintBinary.run(["build", "--site", site.path, "--output", out.path, "--base-url", "https://staging.example.org/", "--allow-crawlers"])
        #expect(allowed.status == 0)
        #expect(try String(contentsOf: out.appendingPathComponent("robots.txt"), encoding: .utf8)
                == "User-agent: *\nAllow: /\n\nSitemap: https://staging.example.org/sitemap.xml\n")
        let same = try ImprintBinary.run(["build", "--site", site.path, "--output", out.path, "--base-url", "https://golden.example.org/research"])
        #expect(same.status == 0)
        #expect(try String(contentsOf: out.appendingPathComponent("robots.txt"), encoding: .utf8).contains("Allow: /"),
                "the site's own address, written without its slash, is not a staging build")
    }
}

@Suite struct UnchangedFilesTests {
    /// A rebuild keeps unchanged files as they were (same inode and modification time), so a
    /// deploy by rsync moves only what changed; a changed page is written anew.
    @Test func unchangedFilesKeepTheirIdentity() throws {
        let site = try ImprintBinary.copyFixture("golden-site/input")
        let out = site.deletingLastPathComponent().appendingPathComponent("public")
        try #require(try ImprintBinary.run(["build", "--site", site.path, "--output", out.path]).status == 0)
        let fm = FileManager.default
        func inode(_ path: String) throws -> Int {
            (try fm.attributesOfItem(atPath: out.appendingPathComponent(path).path)[.systemFileNumber] as? NSNumber)?.intValue ?? -1
        }
        let about = try inode("about/index.html")
        let css = try inode("css/site.css")
        let gas = try inode("briefs/gas-prices/index.html")
        let brief = site.appendingPathComponent("content/briefs/gas-prices.md")
        let text = try String(contentsOf: brief, encoding: .utf8).replacingOccurrences(of: "Prices doubled.", with: "Prices tripled.")
        try Data(text.utf8).write(to: brief)
        try #require(try ImprintBinary.run(["build", "--site", site.path, "--output", out.path]).status == 0)
        #expect(try inode("about/index.html") == about)
        #expect(try inode("css/site.css") == css)
        #expect(try inode("briefs/gas-prices/index.html") != gas)
        #expect(try String(contentsOf: out.appendingPathComponent("briefs/gas-prices/index.html"), encoding: .utf8).contains("Prices tripled."))
    }

    /// The next build links an unchanged file's previous copy (by the source's stat recorded
    /// on it); a file replaced by one of the same size with its time put back (as `cp -p` does)
    /// is still copied again, since its change time moved.
    @Test func anUnchangedFileIsLinkedAndAReplacedOneCopiedAgain() throws {
        let site = try ImprintBinary.copyFixture("golden-site/input")
        let out = site.deletingLastPathComponent().appendingPathComponent("public")
        let logo = site.appendingPathComponent("static/images/golden-logo.svg")
        let copy = out.appendingPathComponent("images/golden-logo.svg")
        func times(_ url: URL) -> (inode: UInt64, modified: timespec) {
            var info = stat()
            _ = stat(url.path, &info)
            return (UInt64(info.st_ino), info.st_mtim)
        }
        func rebuild() throws {
            // Any edit: an unchanged site is not built at all.
            let about = site.appendingPathComponent("content/pages/about.md")
            try Data((try String(contentsOf: about, encoding: .utf8) + "\nOne more line.\n").utf8).write(to: about)
            let result = try ImprintBinary.run(["build", "--site", site.path, "--output", out.path])
            try #require(result.status == 0, "\(result.stderr)")
        }
        // Sources changed in the last two seconds are compared byte for byte; these are older,
        // so their recorded stat decides.
        Thread.sleep(forTimeInterval: 3)
        try rebuild()
        let first = times(copy)
        let source = times(logo).modified
        try rebuild()
        #expect(times(copy).inode == first.inode, "an unchanged file's copy is linked from the last build")

        // Same size, other bytes, the old time put back to the nanosecond.
        let old = try Data(contentsOf: logo)
        let replaced = Data(String(decoding: old, as: UTF8.self).replacingOccurrences(of: "#b8860b", with: "#0b86b8").utf8)
        try #require(replaced.count == old.count && replaced != old)
        try replaced.write(to: logo)
        var put = [source, source]
        try #require(utimensat(AT_FDCWD, logo.path, &put, 0) == 0)
        Thread.sleep(forTimeInterval: 3)
        try rebuild()
        #expect(try Data(contentsOf: copy) == replaced)
        #expect(times(copy).inode != first.inode)

        // A copy rewritten in the output is not taken for the source's.
        try Data(repeating: 0x20, count: replaced.count).write(to: copy)
        try rebuild()
        #expect(try Data(contentsOf: copy) == replaced)
    }
}
