import Foundation
import Testing

/// A site in several languages through the `imprint` binary (DESIGN §7): every translation's
/// mistake at its line in one run, a failed build leaving the previous output, `check` over every
/// language, and the built pages under their folders.
@Suite struct LanguageTests {
    func write(_ site: URL, _ path: String, _ text: String) throws {
        let url = site.appendingPathComponent(path)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(text.utf8).write(to: url)
    }

    @Test func theLanguagesSiteBuildsEveryLanguage() throws {
        let site = try ImprintBinary.copyFixture("golden-languages/input")
        let out = site.deletingLastPathComponent().appendingPathComponent("public")
        let build = try ImprintBinary.run(["build", "-s", site.path, "-o", out.path])
        #expect(build.status == 0, "\(build.stderr)")
        for page in ["index.html", "ar/index.html", "ar/briefs/gas-prices/index.html", "ur/briefs/only-urdu/index.html"] {
            #expect(FileManager.default.fileExists(atPath: out.appendingPathComponent(page).path), "\(page)")
        }
        let check = try ImprintBinary.run(["check", "-s", site.path])
        #expect(check.status == 0 && check.stdout.contains("No problems found."), "\(check.stdout)\(check.stderr)")
    }

    @Test func everyTranslationMistakeIsReportedAtItsLineAndNothingIsLost() throws {
        let site = try ImprintBinary.copyFixture("golden-languages/input")
        let out = site.deletingLastPathComponent().appendingPathComponent("public")
        #expect(try ImprintBinary.run(["build", "-s", site.path, "-o", out.path]).status == 0)
        let before = try Data(contentsOf: out.appendingPathComponent("ar/briefs/gas-prices/index.html"))
        try write(site, "content/briefs/grid-reform.fr.md", "---\ntitle: Réforme\n---\nTexte.\n")
        try write(site, "content/centres/water.ar.md", "---\nname: المياه\n---\n")
        try write(site, "content/briefs/gas-prices.ar.md", "---\ntitle: أسعار\nsubtitle: لماذا\nslug: gas\n---\nنص.[^x]\n")
        try write(site, "i18n/ar.yaml", "notes: الهوامش\nedited_by: تحرير\n")
        let build = try ImprintBinary.run(["build", "-s", site.path, "-o", out.path])
        #expect(build.status == 1)
        let said = build.stdout + build.stderr
        for line in [
            "content/briefs/grid-reform.fr.md:1:1: error: this is a translation into `fr`, which site.yaml does not declare",
            "content/centres/water.ar.md:1:1: error: this translates `water`, but there is no content/centres/water.md",
            "content/briefs/gas-prices.ar.md:4:7: error: a translation keeps its original's slug (`gas-prices`, content/briefs/gas-prices.md); it is `gas` here",
            "content/briefs/gas-prices.ar.md:6:4: error: footnote [^x] is referenced but never defined",
            "i18n/ar.yaml:2:12: warning: `edited_by` must hold {names}",
        ] {
            #expect(said.contains(line), "missing: \(line)\n\(said)")
        }
        #expect(try Data(contentsOf: out.appendingPathComponent("ar/briefs/gas-prices/index.html")) == before,
                "a failed build leaves the previous output")
    }
}
