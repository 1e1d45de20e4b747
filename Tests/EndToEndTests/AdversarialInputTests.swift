import Foundation
import Testing

/// Issue 16 ("Nothing lost, nothing leaked, no trap"): every case found by the adversarial pass,
/// run through the `imprint` binary on small sites made from the golden-site fixture.
/// Exit status: 0 success, 1 content or build errors, 2 usage errors.
@Suite struct AdversarialInputTests {

    // MARK: 1. Output folder safety

    @Test(arguments: ["content", "content/briefs", "templates", "static"])
    func sourceFoldersAreNeverReplacedAsOutput(_ folder: String) throws {
        let site = try TestSite.make(withTemplatesAndStatic: true)
        let before = try Snapshot(site.root)
        for extra in [[], ["--force"]] {
            let result = try site.build(extra, output: site.url(folder))
            #expect(result.status == 1, "--output \(folder) \(extra): \(result.stderr)")
            #expect(result.stderr.contains("is the site's source folder") && result.stderr.contains("[write-failed]"),
                    "--output \(folder) \(extra): \(result.stderr)")
            try before.expectStillThere(in: site.root, "after --output \(folder) \(extra)")
        }
    }

    @Test func aForeignNonEmptyFolderIsOnlyReplacedWithForce() throws {
        let site = try TestSite.make()
        let foreign = ImprintBinary.temporaryDirectory().appendingPathComponent("somebody-elses")
        try FileManager.default.createDirectory(at: foreign, withIntermediateDirectories: true)
        let notes = foreign.appendingPathComponent("notes.txt")
        try Data("my notes\n".utf8).write(to: notes)

        let refused = try site.build(output: foreign)
        #expect(refused.status == 1, "\(refused.stderr)")
        #expect(refused.stderr.contains("no Imprint build wrote") && refused.stderr.contains("[write-failed]"), "\(refused.stderr)")
        #expect(refused.stderr.contains("--force"), "\(refused.stderr)")
        #expect(FileManager.default.contents(atPath: notes.path) == Data("my notes\n".utf8), "notes.txt was lost")
        #expect(!FileManager.default.fileExists(atPath: foreign.appendingPathComponent("index.html").path))

        let forced = try site.build(["--force"], output: foreign)
        #expect(forced.status == 0, "\(forced.stderr)")
        #expect(FileManager.default.fileExists(atPath: foreign.appendingPathComponent("index.html").path))
        #expect(!FileManager.default.fileExists(atPath: notes.path))
    }

    @Test func aPlainFileIsNeverReplacedByTheOutput() throws {
        let site = try TestSite.make()
        let file = ImprintBinary.temporaryDirectory().appendingPathComponent("public")
        let bytes = Data("not a folder\n".utf8)
        try bytes.write(to: file)
        for extra in [[], ["--force"]] {
            let result = try site.build(extra, output: file)
            #expect(result.status == 1, "\(extra): \(result.stderr)")
            #expect(result.stderr.contains("is a file, not a folder") && result.stderr.contains("[write-failed]"), "\(extra): \(result.stderr)")
            var isDirectory: ObjCBool = false
            #expect(FileManager.default.fileExists(atPath: file.path, isDirectory: &isDirectory) && !isDirectory.boolValue)
            #expect(FileManager.default.contents(atPath: file.path) == bytes, "\(extra): the file was replaced")
        }
    }

    @Test func anEmptyExistingFolderIsUsed() throws {
        let site = try TestSite.make()
        let empty = ImprintBinary.temporaryDirectory().appendingPathComponent("empty")
        try FileManager.default.createDirectory(at: empty, withIntermediateDirectories: true)
        let result = try site.build(output: empty)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(FileManager.default.fileExists(atPath: empty.appendingPathComponent("index.html").path))
    }

    @Test func aBuiltFolderCarriesAMarkerAndIsReplacedWithoutForce() throws {
        let site = try TestSite.make()
        let first = try site.build()
        try #require(first.status == 0, "\(first.stderr)")
        #expect(FileManager.default.fileExists(atPath: site.output.appendingPathComponent(".imprint-build").path))

        try site.replace("Prices doubled.", with: "Prices tripled.", in: "content/briefs/gas-prices.md")
        let second = try site.build()
        #expect(second.status == 0, "\(second.stderr)")
        #expect(FileManager.default.fileExists(atPath: site.output.appendingPathComponent(".imprint-build").path))
        let page = try String(contentsOf: site.output.appendingPathComponent("briefs/gas-prices/index.html"), encoding: .utf8)
        #expect(page.contains("Prices tripled."))
    }

    // MARK: 2. Traps

    /// A Swift runtime trap ends the process on a signal (SIGILL or SIGTRAP; 132/133 in a shell),
    /// which Foundation reports as the signal's number: only 0 and 1 are acceptable.
    @Test(arguments: [
        #"<svg xmlns="http://www.w3.org/2000/svg" width="1e300" height="10"></svg>"#,
        #"<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 Infinity 10"></svg>"#,
        #"<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 nan nan"></svg>"#,
    ])
    func anSVGWithAnImpossibleSizeIsAWarningNotATrap(_ svg: String) throws {
        let site = try TestSite.make()
        try site.write("content/briefs/svg-trap/index.md", """
            ---
            title: SVG Trap
            date: 2025-01-10
            authors: [zara-baloch]
            ---
            A chart follows.

            ![A chart](chart.svg)
            """ + "\n")
        try site.write("content/briefs/svg-trap/chart.svg", svg + "\n")
        let line = try site.line(of: "![A chart]", in: "content/briefs/svg-trap/index.md")

        let build = try site.build()
        #expect(build.status == 0 || build.status == 1, "ended on a signal or an unexpected status \(build.status): \(build.stderr)")
        #expect(hasDiagnostic(build.stderr, at: "content/briefs/svg-trap/index.md:\(line):", severity: "warning", code: "image-size"),
                "\(build.stderr)")

        let check = try site.check()
        #expect(check.status == 0 || check.status == 1, "ended on a signal or an unexpected status \(check.status): \(check.stderr)")
        #expect(hasDiagnostic(check.stdout + check.stderr, at: "content/briefs/svg-trap/index.md:\(line):", code: "image-size"),
                "\(check.stdout)\(check.stderr)")
    }

    @Test(arguments: ["paginate", "feed_limit"])
    func aHugeNumberInSiteYAMLIsAnError(_ key: String) throws {
        let site = try TestSite.make()
        try site.replace("\npaginate: 2\n", with: "\n", in: "site.yaml")
        let yaml = try site.read("site.yaml")
        try site.write("site.yaml", yaml + (yaml.hasSuffix("\n") ? "" : "\n") + "\(key): 9223372036854775807\n")
        let line = try site.line(of: "\(key):", in: "site.yaml")
        let pattern = #"^site\.yaml:\#(line):\d+: error: `\#(key)` must be at most.*\[wrong-type\]$"#

        let build = try site.build()
        #expect(build.status == 1, "\(build.stderr)")
        #expect(matchesLine(build.stderr, pattern), "\(build.stderr)")
        #expect(!FileManager.default.fileExists(atPath: site.output.path))

        let check = try site.check()
        #expect(check.status == 1, "\(check.stderr)")
        #expect(matchesLine(check.stdout + check.stderr, pattern), "\(check.stdout)\(check.stderr)")
    }

    // MARK: 3. Script URLs

    @Test(arguments: ["javascript:alert(1)", "data:text/html,<script>alert(1)</script>"])
    func aScriptURLInTheNavIsAnError(_ url: String) throws {
        let site = try TestSite.make()
        try site.replace("  - { title: About, url: /about/ }\n",
                         with: "  - { title: About, url: /about/ }\n  - { title: X, url: \"\(url)\" }\n", in: "site.yaml")
        let line = try site.line(of: "title: X,", in: "site.yaml")

        let check = try site.check()
        #expect(check.status == 1, "\(check.stdout)\(check.stderr)")
        #expect(hasDiagnostic(check.stdout + check.stderr, at: "site.yaml:\(line):", code: "unsafe-url"), "\(check.stdout)\(check.stderr)")

        let build = try site.build()
        #expect(build.status == 1, "\(build.stderr)")
        #expect(hasDiagnostic(build.stderr, at: "site.yaml:\(line):", code: "unsafe-url"), "\(build.stderr)")
        #expect(!FileManager.default.fileExists(atPath: site.output.path), "a build with an unsafe URL wrote its output")
    }

    @Test(arguments: ["javascript:alert(1)", "data:text/html,<script>alert(1)</script>"])
    func aScriptURLInAPersonsLinksIsAnError(_ url: String) throws {
        let site = try TestSite.make()
        let file = "content/people/zara-baloch.md"
        try site.replace("\"https://zara.example.org/\"", with: "\"\(url)\"", in: file)
        let line = try site.line(of: "title: Website", in: file)

        let check = try site.check()
        #expect(check.status == 1, "\(check.stdout)\(check.stderr)")
        #expect(hasDiagnostic(check.stdout + check.stderr, at: "\(file):\(line):", code: "unsafe-url"), "\(check.stdout)\(check.stderr)")

        let build = try site.build()
        #expect(build.status == 1, "\(build.stderr)")
        #expect(hasDiagnostic(build.stderr, at: "\(file):\(line):", code: "unsafe-url"), "\(build.stderr)")
        #expect(!FileManager.default.fileExists(atPath: site.output.path), "a build with an unsafe URL wrote its output")
    }

    @Test func aBrokenInternalNavLinkIsReported() throws {
        let site = try TestSite.make()
        try site.replace("  - { title: About, url: /about/ }\n",
                         with: "  - { title: About, url: /about/ }\n  - { title: Gone, url: /no-such-page/ }\n", in: "site.yaml")
        let line = try site.line(of: "title: Gone", in: "site.yaml")
        let check = try site.check()
        #expect(check.status == 1, "\(check.stdout)\(check.stderr)")
        #expect(hasDiagnostic(check.stdout + check.stderr, at: "site.yaml:\(line):", code: "broken-link"), "\(check.stdout)\(check.stderr)")
    }

    // MARK: 4. Leak

    @Test(arguments: ["content/briefs/leak.md", "content/people/leak.md"])
    func aContentSymlinkOutOfTheSiteIsNeverQuoted(_ path: String) throws {
        let site = try TestSite.make()
        let secret = ImprintBinary.temporaryDirectory().appendingPathComponent("secret.txt")
        try Data("SECRET-TOKEN-4f9a\nsecond line\n".utf8).write(to: secret)
        try makeSymlink(at: site.url(path), to: secret.path)

        let build = try site.build()
        #expect(build.status == 1, "\(build.stderr)")
        #expect(hasDiagnostic(build.stderr, at: "\(path):", code: "link-outside-site"), "\(build.stderr)")
        #expect(!(build.stdout + build.stderr).contains("SECRET-TOKEN-4f9a"), "build quoted the file it refused to read:\n\(build.stderr)")

        let check = try site.check()
        #expect(check.status == 1)
        #expect(!(check.stdout + check.stderr).contains("SECRET-TOKEN-4f9a"), "check quoted the file it refused to read:\n\(check.stdout)\(check.stderr)")
    }

    // MARK: 5. Symlinks out of static/

    /// Skipped with a warning (the site is still built), never followed, copied or quoted.
    @Test func staticSymlinksOutOfTheSiteAreReportedAndNotFollowed() throws {
        let site = try TestSite.make()
        let secret = ImprintBinary.temporaryDirectory().appendingPathComponent("secret.txt")
        try Data("SECRET-TOKEN-4f9a\n".utf8).write(to: secret)
        try FileManager.default.createDirectory(at: site.url("static"), withIntermediateDirectories: true)
        try makeSymlink(at: site.url("static/leak.txt"), to: secret.path)
        try makeSymlink(at: site.url("static/etc"), to: "/etc")

        let build = try site.build()
        #expect(build.status == 0, "\(build.stderr)")
        #expect(build.stderr.contains("static/leak.txt:1:1: warning:"), "\(build.stderr)")
        #expect(hasDiagnostic(build.stderr, at: "static/leak.txt", code: "link-outside-site"), "\(build.stderr)")
        #expect(hasDiagnostic(build.stderr, at: "static/etc", code: "link-outside-site"), "\(build.stderr)")
        #expect(!build.stderr.contains("static/etc/"), "the walker went into /etc:\n\(build.stderr)")
        #expect(!(build.stdout + build.stderr).contains("SECRET-TOKEN-4f9a"))
        #expect(!FileManager.default.fileExists(atPath: site.output.appendingPathComponent("etc").path))
        #expect(!FileManager.default.fileExists(atPath: site.output.appendingPathComponent("leak.txt").path))
    }

    @Test func aStaticSymlinkInsideTheSiteIsCopiedAsARegularFile() throws {
        let site = try TestSite.make()
        try FileManager.default.createDirectory(at: site.url("static"), withIntermediateDirectories: true)
        try makeSymlink(at: site.url("static/copy.md"), to: "../content/briefs/gas-prices.md")

        let build = try site.build()
        #expect(build.status == 0, "\(build.stderr)")
        let copy = site.output.appendingPathComponent("copy.md")
        let type = (try? FileManager.default.attributesOfItem(atPath: copy.path))?[.type] as? FileAttributeType  // lstat
        #expect(type == .typeRegular, "copy.md in the output is \(String(describing: type))")
        #expect(FileManager.default.contents(atPath: copy.path) == FileManager.default.contents(atPath: site.url("content/briefs/gas-prices.md").path),
                "copy.md does not have the bytes of the file it links to")
    }

    // MARK: 6. Swap and concurrency

    @Test func threeConcurrentBuildsIntoOneFolderAllSucceed() throws {
        let site = try TestSite.make()
        let brief = try site.read("content/briefs/gas-prices.md")
        for round in 1...10 {
            if round % 2 == 1 {
                // A fresh output: all three race to create it.
                try? FileManager.default.removeItem(at: site.output)
            } else {
                // An existing output and a changed brief: all three rebuild and swap.
                try site.write("content/briefs/gas-prices.md",
                               brief.replacingOccurrences(of: "Prices doubled.", with: "Prices doubled (round \(round))."))
            }
            let results = try runConcurrently(3, ["build", "--site", site.root.path, "--output", site.output.path])
            for (n, result) in results.enumerated() {
                #expect(result.status == 0, "round \(round), build \(n + 1): status \(result.status)\n\(result.stderr)")
            }
            #expect(FileManager.default.fileExists(atPath: site.output.appendingPathComponent("index.html").path), "round \(round)")
            let leftovers = try FileManager.default.contentsOfDirectory(atPath: site.output.deletingLastPathComponent().path)
                .filter { $0.contains("imprint-staging") || $0.contains("imprint-old") }
            #expect(leftovers.isEmpty, "round \(round): \(leftovers)")
        }
    }

    @Test func aStaleStagingFolderIsRemovedByTheNextBuild() throws {
        let site = try TestSite.make()
        let stale = site.output.deletingLastPathComponent().appendingPathComponent(".public.imprint-staging-99999")
        try FileManager.default.createDirectory(at: stale.appendingPathComponent("briefs"), withIntermediateDirectories: true)
        try Data("left by a killed build\n".utf8).write(to: stale.appendingPathComponent("briefs/index.html"))

        let build = try site.build()
        #expect(build.status == 0, "\(build.stderr)")
        #expect(FileManager.default.fileExists(atPath: site.output.appendingPathComponent("index.html").path))
        #expect(!FileManager.default.fileExists(atPath: stale.path), "the stale staging folder is still there")
    }

    // MARK: 7. base_url

    @Test(arguments: ["https://x.example/../../", "https://x.example/a b/", "https://x.example/?q=1",
                      "https:///nohost/", "https://x.example/#frag"])
    func aLooseBaseURLIsAnError(_ url: String) throws {
        let site = try TestSite.make()
        try site.replace("base_url: https://golden.example.org/research/", with: "base_url: \"\(url)\"", in: "site.yaml")
        let line = try site.line(of: "base_url:", in: "site.yaml")
        let check = try site.check()
        #expect(check.status == 1, "\(url): \(check.stdout)\(check.stderr)")
        #expect(hasDiagnostic(check.stdout + check.stderr, at: "site.yaml:\(line):", code: "invalid-base-url"), "\(url): \(check.stdout)\(check.stderr)")
    }

    @Test func aLooseBaseURLOnTheCommandLineIsAUsageError() throws {
        let site = try TestSite.make()
        let result = try site.build(["--base-url", "https://x.example/../"])
        #expect(result.status == 2, "\(result.stderr)")
        #expect(!FileManager.default.fileExists(atPath: site.output.path))
    }

    // MARK: 8. Notes

    @Test func aNoteCitingAnotherNoteGivesNoDuplicateIDs() throws {
        let site = try TestSite.make()
        try site.write("content/briefs/nested-notes.md", """
            ---
            title: Nested Notes
            date: 2025-01-10
            authors: [zara-baloch]
            ---
            Text.[^a] More.[^b]

            [^a]: See also.[^b]
            [^b]: Source.
            """ + "\n")
        let build = try site.build()
        #expect(build.status == 0, "\(build.stderr)")
        let html = try String(contentsOf: site.output.appendingPathComponent("briefs/nested-notes/index.html"), encoding: .utf8)
        let ids = try Regex(#"\sid="([^"]*)""#)
        let values = html.matches(of: ids).map { String($0.output[1].substring ?? "") }
        let counts = Dictionary(values.map { ($0, 1) }, uniquingKeysWith: +)
        #expect(!values.isEmpty)
        #expect(values.count == Set(values).count, "duplicate ids: \(counts.filter { $0.value > 1 }.keys.sorted())")
    }

    @Test func notesDifferingOnlyInCaseAreOneNoteDefinedTwice() throws {
        let site = try TestSite.make()
        try site.write("content/briefs/case-notes.md", """
            ---
            title: Case Notes
            date: 2025-01-10
            authors: [zara-baloch]
            ---
            Text.[^x]

            [^x]: One.
            [^X]: Two.
            """ + "\n")
        let build = try site.build()
        #expect(build.status == 1, "\(build.stderr)")
        #expect(hasDiagnostic(build.stderr, at: "content/briefs/case-notes.md:", code: "duplicate-footnote"), "\(build.stderr)")
        #expect(!build.stderr.contains("[unused-footnote]"), "\(build.stderr)")
    }

    @Test func backlinkLabelsUseRightOrdinals() throws {
        let site = try TestSite.make()
        let claims = (1...23).map { "Claim \($0).[^n]" }.joined(separator: " ")
        try site.write("content/briefs/many-uses.md", """
            ---
            title: Many Uses
            date: 2025-01-10
            authors: [zara-baloch]
            ---
            \(claims)

            [^n]: Source.
            """ + "\n")
        let build = try site.build()
        try #require(build.status == 0, "\(build.stderr)")
        let html = try String(contentsOf: site.output.appendingPathComponent("briefs/many-uses/index.html"), encoding: .utf8)
        #expect(html.contains("Back to reference 1, 21st use"))
        #expect(html.contains("Back to reference 1, 22nd use"))
        #expect(html.contains("Back to reference 1, 23rd use"))
        for wrong in ["21th", "22th", "23th"] {
            #expect(!html.contains(wrong), "the page says \(wrong)")
        }
    }

    // MARK: 9. Smaller

    @Test func topicsWhoseSlugsCollideAreAnErrorAtTheSecond() throws {
        let site = try TestSite.make()
        // The newer brief, first by date and by name: its topic claims the slug.
        try site.write("content/briefs/c-lang.md", """
            ---
            title: The C Language
            date: 2024-03-02
            authors: [zara-baloch]
            topics: [C]
            ---
            Text.
            """ + "\n")
        try site.write("content/briefs/cpp-lang.md", """
            ---
            title: The C++ Language
            date: 2024-03-01
            authors: [zara-baloch]
            summary: Templates.
            topics: [C++]
            ---
            Text.
            """ + "\n")
        let line = try site.line(of: "topics:", in: "content/briefs/cpp-lang.md")
        let build = try site.build()
        #expect(build.status == 1, "\(build.stderr)")
        #expect(hasDiagnostic(build.stderr, at: "content/briefs/cpp-lang.md:\(line):", severity: "error", code: "term-collision"),
                "\(build.stderr)")
        #expect(!FileManager.default.fileExists(atPath: site.output.path))
    }

    @Test func aCRLFFileStillShowsTheQuotedSourceLine() throws {
        let site = try TestSite.make()
        let text = "---\ntitle: CRLF\ndate: 2025-02-30\nauthors: [zara-baloch]\n---\nText.\n"
        try site.write("content/briefs/crlf.md", text.replacingOccurrences(of: "\n", with: "\r\n"))
        let build = try site.build()
        #expect(build.status == 1, "\(build.stderr)")
        let lines = build.stderr.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let at = try #require(lines.firstIndex { $0.hasPrefix("content/briefs/crlf.md:3:") && $0.hasSuffix("[invalid-date]") },
                              "no invalid-date diagnostic at line 3:\n\(build.stderr)")
        try #require(at + 2 < lines.count, "\(build.stderr)")
        #expect(lines[at + 1] == "    date: 2025-02-30", "quoted line: \(lines[at + 1].debugDescription)\n\(build.stderr)")
        #expect(lines[at + 2].hasPrefix("    ") && lines[at + 2].hasSuffix("^")
                    && lines[at + 2].dropFirst(4).dropLast().allSatisfy { $0 == " " },
                "caret line: \(lines[at + 2].debugDescription)")
    }
}

// MARK: - Helpers

/// A writable copy of the golden site in its own temporary folder, built into `public/` beside it.
private struct TestSite {
    let root: URL

    var output: URL { root.deletingLastPathComponent().appendingPathComponent("public") }

    /// With `withTemplatesAndStatic`, the copy also has a `templates/` folder (the theme's 404
    /// template, unchanged) and a `static/` folder with one file, so both have sources to lose.
    static func make(withTemplatesAndStatic: Bool = false) throws -> TestSite {
        let site = TestSite(root: try ImprintBinary.copyFixture("golden-site/input"))
        if withTemplatesAndStatic {
            let theme = ImprintBinary.packageRoot.appendingPathComponent("Sources/SiteBuilder/Theme/templates/404.mustache")
            try site.write("templates/404.mustache", try String(contentsOf: theme, encoding: .utf8))
            try site.write("static/robots.txt", "User-agent: *\nAllow: /\n")
        }
        return site
    }

    func url(_ path: String) -> URL { root.appendingPathComponent(path) }

    func read(_ path: String) throws -> String { try String(contentsOf: url(path), encoding: .utf8) }

    func write(_ path: String, _ text: String) throws {
        try FileManager.default.createDirectory(at: url(path).deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(text.utf8).write(to: url(path))
    }

    func replace(_ old: String, with new: String, in path: String) throws {
        let text = try read(path)
        try #require(text.contains(old), "\(path) has no \(old.debugDescription)")
        try write(path, text.replacingOccurrences(of: old, with: new))
    }

    /// The 1-based number of the first line of `path` that contains `needle`.
    func line(of needle: String, in path: String) throws -> Int {
        let lines = try read(path).split(separator: "\n", omittingEmptySubsequences: false)
        return try #require(lines.firstIndex { $0.contains(needle) }, "\(path) has no \(needle.debugDescription)") + 1
    }

    func build(_ extra: [String] = [], output: URL? = nil) throws -> ImprintBinary.Output {
        try ImprintBinary.run(["build", "--site", root.path, "--output", (output ?? self.output).path] + extra)
    }

    func check() throws -> ImprintBinary.Output { try ImprintBinary.run(["check", "--site", root.path]) }
}

/// Every regular file below a folder and its bytes.
private struct Snapshot {
    let files: [String: Data]

    init(_ root: URL) throws {
        var files: [String: Data] = [:]
        for path in try FileManager.default.subpathsOfDirectory(atPath: root.path) {
            let url = root.appendingPathComponent(path)
            let type = try FileManager.default.attributesOfItem(atPath: url.path)[.type] as? FileAttributeType
            if type == .typeRegular { files[path] = try Data(contentsOf: url) }
        }
        self.files = files
    }

    /// Each file of the snapshot is still there with the same bytes.
    func expectStillThere(in root: URL, _ context: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
        #expect(!files.isEmpty, sourceLocation: sourceLocation)
        let lost = files.keys.sorted().filter { (try? Data(contentsOf: root.appendingPathComponent($0))) != files[$0] }
        #expect(lost.isEmpty, "\(context): lost or changed \(lost)", sourceLocation: sourceLocation)
    }
}

/// A symbolic link made without a shell; `destination` is stored as given (relative or absolute).
private func makeSymlink(at link: URL, to destination: String) throws {
    try FileManager.default.createDirectory(at: link.deletingLastPathComponent(), withIntermediateDirectories: true)
    try FileManager.default.createSymbolicLink(atPath: link.path, withDestinationPath: destination)
}

/// True when a line of `text` starts with `location` (e.g. `site.yaml:12:`), has `severity`
/// when one is given, and ends with `[code]`.
private func hasDiagnostic(_ text: String, at location: String, severity: String? = nil, code: String) -> Bool {
    text.split(separator: "\n").contains { line in
        line.hasPrefix(location) && line.hasSuffix("[\(code)]")
            && (severity.map { line.contains(": \($0): ") } ?? true)
    }
}

/// True when a line of `text` matches the regular expression `pattern` (with `^` and `$` per line).
private func matchesLine(_ text: String, _ pattern: String) -> Bool {
    text.split(separator: "\n").contains { $0.range(of: pattern, options: .regularExpression) != nil }
}

/// Starts `count` imprint processes at once and waits for all of them; their output goes to
/// files, so none can block on a full pipe while another is waited for.
private func runConcurrently(_ count: Int, _ arguments: [String]) throws -> [ImprintBinary.Output] {
    let folder = ImprintBinary.temporaryDirectory()
    var running: [(Process, URL, URL)] = []
    var handles: [FileHandle] = []
    for n in 0..<count {
        let out = folder.appendingPathComponent("\(n).out"), err = folder.appendingPathComponent("\(n).err")
        _ = FileManager.default.createFile(atPath: out.path, contents: nil)
        _ = FileManager.default.createFile(atPath: err.path, contents: nil)
        let process = Process()
        process.executableURL = ImprintBinary.executable
        process.arguments = arguments
        let outHandle = try FileHandle(forWritingTo: out), errHandle = try FileHandle(forWritingTo: err)
        process.standardOutput = outHandle
        process.standardError = errHandle
        handles += [outHandle, errHandle]
        running.append((process, out, err))
    }
    for (process, _, _) in running { try process.run() }
    for handle in handles { try? handle.close() }
    return try running.map { process, out, err in
        process.waitUntilExit()
        return ImprintBinary.Output(status: process.terminationStatus,
                                    stdout: try String(contentsOf: out, encoding: .utf8),
                                    stderr: try String(contentsOf: err, encoding: .utf8))
    }
}
