import Foundation
import Testing

/// `imprint new site`, `new person` and `new centre` (issue 23): what they write builds, and
/// nothing is ever written over.
@Suite struct ScaffoldCommandTests {
    @Test func aNewSiteBuildsWithoutAWarning() throws {
        let parent = ImprintBinary.temporaryDirectory()
        let made = try ImprintBinary.run(["new", "site", "delta-policy-lab"], in: parent)
        #expect(made.status == 0, "\(made.stderr)")
        #expect(made.stdout.contains("Next: cd delta-policy-lab && imprint serve"), "\(made.stdout)")
        let site = parent.appendingPathComponent("delta-policy-lab")
        let yaml = try String(contentsOf: site.appendingPathComponent("site.yaml"), encoding: .utf8)
        #expect(yaml.contains("title: \"Delta Policy Lab\""))
        // Every common setting is there to uncomment.
        for key in ["base_url:", "language:", "organisation:", "disclaimer:", "types:", "nav:", "# markdown:",
                    "# date_format:", "# paginate:", "# feed_limit:", "# pdf:", "# search:"] {
            #expect(yaml.contains(key), "\(key)")
        }
        let ignore = try String(contentsOf: site.appendingPathComponent(".gitignore"), encoding: .utf8)
        #expect(ignore == "/public/\n/.imprint-cache/\n")
        for file in ["content/centres/research.md", "content/people/sample-author.md",
                     "content/briefs/first-brief.md", "content/pages/about.md"] {
            #expect(FileManager.default.fileExists(atPath: site.appendingPathComponent(file).path), "\(file)")
        }
        // --strict: a warning would fail it.
        let build = try ImprintBinary.run(["build", "--strict"], in: site)
        #expect(build.status == 0, "\(build.stderr)")
        #expect(build.stderr.isEmpty, "\(build.stderr)")
        let brief = try String(contentsOf: site.appendingPathComponent("public/briefs/first-brief/index.html"), encoding: .utf8)
        #expect(brief.contains("Sample Author"))
        #expect(brief.contains("Centre for Policy Research"))
        #expect(brief.contains("role=\"doc-endnotes\"") || brief.contains("doc-endnotes"))
    }

    @Test func aNewSiteNeverWritesIntoAFolderThatHasFiles() throws {
        let parent = ImprintBinary.temporaryDirectory()
        let taken = parent.appendingPathComponent("taken")
        try FileManager.default.createDirectory(at: taken, withIntermediateDirectories: true)
        try Data("mine\n".utf8).write(to: taken.appendingPathComponent("notes.txt"))
        let made = try ImprintBinary.run(["new", "site", taken.path])
        #expect(made.status == 1)
        #expect(made.stderr.contains("already exists and is not an empty folder; nothing was written"), "\(made.stderr)")
        #expect(try FileManager.default.contentsOfDirectory(atPath: taken.path) == ["notes.txt"])
        // An empty folder is fine, and --title names the institute (quotes kept as YAML needs).
        let empty = parent.appendingPathComponent("empty")
        try FileManager.default.createDirectory(at: empty, withIntermediateDirectories: true)
        let named = try ImprintBinary.run(["new", "site", empty.path, "--title", "The \"Quoted\" Institute"])
        #expect(named.status == 0, "\(named.stderr)")
        let build = try ImprintBinary.run(["build", "--strict", "-s", empty.path, "-q"])
        #expect(build.status == 0, "\(build.stderr)")
        let home = try String(contentsOf: empty.appendingPathComponent("public/index.html"), encoding: .utf8)
        #expect(home.contains("The &quot;Quoted&quot; Institute") || home.contains("The &#34;Quoted&#34; Institute"))
    }

    @Test func newPersonAndCentreAreReadyForBriefs() throws {
        let parent = ImprintBinary.temporaryDirectory()
        #expect(try ImprintBinary.run(["new", "site", "lab"], in: parent).status == 0)
        let site = parent.appendingPathComponent("lab")
        let centre = try ImprintBinary.run(["new", "centre", "Centre for Water Security", "--short-name", "CWS"], in: site)
        #expect(centre.status == 0, "\(centre.stderr)")
        #expect(centre.stdout.contains("Created content/centres/centre-for-water-security.md"))
        let person = try ImprintBinary.run(["new", "person", "Noor Ul-Ain Qureshi", "--role", "Senior Fellow",
                                            "--centre", "centre-for-water-security", "-s", site.path])
        #expect(person.status == 0, "\(person.stderr)")
        #expect(person.stderr.isEmpty, "\(person.stderr)")
        #expect(person.stdout.contains("briefs name this person as noor-ul-ain-qureshi"))
        let text = try String(contentsOf: site.appendingPathComponent("content/people/noor-ul-ain-qureshi.md"), encoding: .utf8)
        #expect(text.contains("name: \"Noor Ul-Ain Qureshi\""))
        #expect(text.contains("role: \"Senior Fellow\""))
        #expect(text.contains("centre: centre-for-water-security"))
        #expect(text.contains("# orcid:"))

        // The new person writes a brief; the site still builds without a warning.
        let briefFile = site.appendingPathComponent("content/briefs/first-brief.md")
        let brief = try String(contentsOf: briefFile, encoding: .utf8)
        try Data(brief.replacingOccurrences(of: "authors: [sample-author]", with: "authors: [sample-author, noor-ul-ain-qureshi]")
            .replacingOccurrences(of: "centre: research", with: "centre: centre-for-water-security").utf8).write(to: briefFile)
        let build = try ImprintBinary.run(["build", "--strict", "-s", site.path])
        #expect(build.status == 0, "\(build.stderr)")
        let page = try String(contentsOf: site.appendingPathComponent("public/briefs/first-brief/index.html"), encoding: .utf8)
        #expect(page.contains("Noor Ul-Ain Qureshi"))
        #expect(page.contains("Centre for Water Security"))

        // Nothing is written over; a centre that does not exist yet is a warning that says what to run.
        let again = try ImprintBinary.run(["new", "person", "Noor Ul-Ain Qureshi", "-s", site.path])
        #expect(again.status == 1)
        #expect(again.stderr.contains("content/people/noor-ul-ain-qureshi.md already exists; choose another --id"))
        #expect(try String(contentsOf: site.appendingPathComponent("content/people/noor-ul-ain-qureshi.md"), encoding: .utf8) == text)
        let orphan = try ImprintBinary.run(["new", "person", "Tariq Anwar", "--centre", "energy", "-s", site.path])
        #expect(orphan.status == 0)
        #expect(orphan.stderr.contains("content/centres/energy.md does not exist yet; create it with: imprint new centre \"Name\" --id energy"))
        let sameCentre = try ImprintBinary.run(["new", "centre", "Anything", "--id", "research", "-s", site.path])
        #expect(sameCentre.status == 1)
        #expect(sameCentre.stderr.contains("content/centres/research.md already exists"))
    }

    @Test func newPersonAndCentreOutsideASiteSaySo() throws {
        let folder = ImprintBinary.temporaryDirectory()
        for command in [["new", "person", "A Person"], ["new", "centre", "A Centre"]] {
            let result = try ImprintBinary.run(command, in: folder)
            #expect(result.status == 2)
            #expect(result.stderr.contains("is not an Imprint site (it has no site.yaml)"), "\(result.stderr)")
        }
        let badID = try ImprintBinary.run(["new", "person", "A Person", "--id", "../escape", "-s", folder.path])
        #expect(badID.status == 2)
        #expect(badID.stderr.contains("--id may contain only lowercase letters, digits and hyphens"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).isEmpty)
    }
}
