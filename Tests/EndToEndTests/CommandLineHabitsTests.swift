import Foundation
import Testing

/// The short flags and output levels Hugo and Zola users bring with them (issue 23).
@Suite struct CommandLineHabitsTests {
    @Test func shortFlagsDoWhatTheLongOnesDo() throws {
        let site = try ImprintBinary.siteWithAWarning()
        let out = site.deletingLastPathComponent().appendingPathComponent("short")
        let result = try ImprintBinary.run(["build", "-s", site.path, "-o", out.path, "-D"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.hasPrefix("Built "))
        #expect(FileManager.default.fileExists(atPath: out.appendingPathComponent("index.html").path))
        // -D publishes the golden site's draft, as --drafts does.
        let long = site.deletingLastPathComponent().appendingPathComponent("long")
        let same = try ImprintBinary.run(["build", "--site", site.path, "--output", long.path, "--drafts"])
        #expect(same.status == 0)
        // Pagefind names its files by hashes of more than the pages: compare the rest.
        let shortFiles = try FileManager.default.subpathsOfDirectory(atPath: out.path).filter { !$0.hasPrefix("pagefind") }.sorted()
        let longFiles = try FileManager.default.subpathsOfDirectory(atPath: long.path).filter { !$0.hasPrefix("pagefind") }.sorted()
        #expect(shortFiles.contains("briefs/solar-draft/index.html"))
        #expect(shortFiles == longFiles)
        let help = try ImprintBinary.run(["serve", "--help"])
        #expect(help.stdout.contains("-p, --port <port>"))
        #expect(help.stdout.contains("-s, --site <folder>"))
    }

    @Test func quietPrintsErrorsOnly() throws {
        let site = try ImprintBinary.siteWithAWarning()
        let out = site.deletingLastPathComponent().appendingPathComponent("public")
        let loud = try ImprintBinary.run(["build", "-s", site.path, "-o", out.path, "--force"])
        #expect(loud.stderr.contains("warning: "))
        try FileManager.default.removeItem(at: out)
        let quiet = try ImprintBinary.run(["build", "-s", site.path, "-o", out.path, "-q"])
        #expect(quiet.status == 0)
        #expect(quiet.stdout.isEmpty, "\(quiet.stdout)")
        #expect(quiet.stderr.isEmpty, "\(quiet.stderr)")
        #expect(FileManager.default.fileExists(atPath: out.appendingPathComponent("index.html").path))

        let check = try ImprintBinary.run(["check", "-s", site.path, "--quiet"])
        #expect(check.status == 0)
        #expect(check.stdout.isEmpty && check.stderr.isEmpty, "\(check.stdout)\(check.stderr)")
        // Under --strict the warning fails the check, so even -q shows it.
        let strict = try ImprintBinary.run(["check", "-s", site.path, "-q", "--strict"])
        #expect(strict.status == 1)
        #expect(strict.stdout.contains("content/briefs/gas-prices.md:6:1: warning: "), "\(strict.stdout)")
        let invalid = ImprintBinary.packageRoot.appendingPathComponent("Tests/Fixtures/invalid-site")
        let errors = try ImprintBinary.run(["check", "-s", invalid.path, "-q"])
        #expect(errors.status == 1)
        #expect(errors.stdout.contains("content/briefs/bad-date.md:3:7: error: "))
        #expect(!errors.stdout.contains("warning: "))
        let failed = try ImprintBinary.run(["build", "-s", invalid.path, "-o", out.path, "-q"])
        #expect(failed.status == 1)
        #expect(failed.stderr.contains("error: ") && !failed.stderr.contains("warning: "))
        #expect(failed.stderr.contains("was left as it was"))
    }

    @Test func verbosePrintsEachPhaseWithItsTime() throws {
        let site = try ImprintBinary.copyFixture("golden-site/input")
        let out = site.deletingLastPathComponent().appendingPathComponent("public")
        let result = try ImprintBinary.run(["build", "-s", site.path, "-o", out.path, "-v"])
        #expect(result.status == 0, "\(result.stderr)")
        for phase in ["load", "resolve", "briefs", "links", "pages", "swap"] {
            #expect(result.stderr.range(of: "(?m)^  \(phase) +\\d+\\.\\d{3} s  \\(cpu \\d+\\.\\d{3} s\\)$", options: .regularExpression) != nil,
                    "\(phase): \(result.stderr)")
        }
        #expect(result.stdout.hasPrefix("Built "))
        let both = try ImprintBinary.run(["build", "-s", site.path, "-q", "-v"])
        #expect(both.status == 64 || both.status == 2)
        #expect(both.stderr.contains("--quiet and --verbose cannot be used together"))
    }

    /// Each default is said once, in the help's own words (argument-parser would add
    /// "(default: .)" and the machine's core count after them).
    @Test func helpSaysEachDefaultOnce() throws {
        for command in ["build", "check", "pdf", "serve"] {
            let help = try ImprintBinary.run([command, "--help"])
            #expect(help.stdout.contains("The site folder (default: the current directory)."), "\(command)")
            #expect(!help.stdout.contains("(default: .)"), "\(command)")
            #expect(!help.stdout.contains("(default: \(ProcessInfo.processInfo.activeProcessorCount))"), "\(command)")
        }
    }
}
