import Foundation
import Testing

/// `imprint import` on manuscripts the tests make: with Pandoc from Markdown (Pandoc's own Word
/// dialect), by hand in WordprocessingML as Word writes it, and broken on purpose (issue 20).
@Suite struct ImportCommandTests {
    static var pandocInstalled: Bool {
        (ProcessInfo.processInfo.environment["PATH"] ?? "").split(separator: ":")
            .contains { FileManager.default.isExecutableFile(atPath: "\($0)/pandoc") }
    }

    /// The golden site with the people and centre the manuscripts name (one author left out).
    func site() throws -> URL {
        let site = try ImprintBinary.copyFixture("golden-site/input")
        for (id, name) in [("amara-diallo", "Amara Diallo"), ("farid-nasser", "Farid Nasser"), ("halima-osman", "Halima Osman")] {
            try Data("---\nname: \(name)\nrole: Fellow\ncentre: energy\n---\nBio.\n".utf8)
                .write(to: site.appendingPathComponent("content/people/\(id).md"))
        }
        return site
    }

    func run(_ arguments: [String]) throws -> ImprintBinary.Output { try ImprintBinary.run(arguments) }

    func python(_ arguments: [String]) throws {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3"] + arguments
        try process.run()
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)
    }

    /// The manuscript `Tests/Fixtures/import/handmade_docx.py` writes in Word's own XML.
    func handmadeDocx(in folder: URL) throws -> URL {
        let docx = folder.appendingPathComponent("power.docx")
        try python([ImprintBinary.packageRoot.appendingPathComponent("Tests/Fixtures/import/handmade_docx.py").path, docx.path])
        return docx
    }

    func pandoc(_ arguments: [String], in folder: URL) throws {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["pandoc"] + arguments
        process.currentDirectoryURL = folder
        try process.run()
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)
    }

    /// A red PNG, 40 × 20 pixels.
    static let png = Data(base64Encoded:
        "iVBORw0KGgoAAAANSUhEUgAAACgAAAAUCAIAAABwJOjsAAAAJElEQVR4nO3NMQ0AAAwEofdvupVxCwk7uy3RrGKxWCwWi8WJB336HQ594lo5AAAAAElFTkSuQmCC")!

    @Test(.enabled(if: ImportCommandTests.pandocInstalled || ProcessInfo.processInfo.environment["CI"] != nil,
                   "Pandoc is not installed (scripts/setup.sh --test installs it)"))
    func aPandocManuscriptBecomesABriefThatBuilds() throws {
        let site = try site()
        let folder = ImprintBinary.temporaryDirectory()
        try Self.png.write(to: folder.appendingPathComponent("chart.png"))
        let manuscript = """
            WATER FOR THE CITIES: WHY METERING COMES FIRST

            By

            Zara Baloch, Senior Fellow, Centre for Energy & Climate

            Sana Mir, Research Associate, Centre for Energy & Climate

            Edited by Amara Diallo and Halima Osman

            January 28, 2025

            *This paper reflects the views of its authors and not those of their funders.*

            **Background**

            Cities lose a third of their water.[^1] Most of it [leaks from old pipes]{.insertion author="Copy Desk" date="2025-01-20T10:00:00Z"}[disappears]{.deletion author="Copy Desk" date="2025-01-20T10:00:00Z"} before it reaches a tap.[^2]

            [Is this still true?]{.comment-start id="0" author="Reviewer One" date="2025-01-21T09:00:00Z"}Meters cut losses by half.[]{.comment-end id="0"}[^3]

            # What metering changes

            > Measure first, price second.

            - Install meters
            - Publish losses

            | City | Loss |
            |------|------|
            | Karachi | 35% |
            | Lahore | 30% |

            ![River flows at the intake](chart.png)

            Figure 1: Daily flows at the intake

            Source: City water board

            [^1]: *Urban Water Report*, 2024, <https://example.org/water>, page 4.
            [^2]: Ibid.
            [^3]: Ibid., 9; see [the board data](https://example.org/board).
            """
        try Data(manuscript.utf8).write(to: folder.appendingPathComponent("m.md"))
        // No implicit figures: the caption is written as the manuscript's own paragraphs below the image.
        try pandoc(["--from=markdown-implicit_figures", "m.md", "-o", "manuscript.docx"], in: folder)

        let result = try run(["import", folder.appendingPathComponent("manuscript.docx").path, "-s", site.path])
        #expect(result.status == 0, "\(result.stderr)")
        let path = "content/briefs/water-for-the-cities/index.md"
        #expect(result.stdout.contains("Imported manuscript.docx as \(path): 3 notes, 2 sections, 1 image, 1 table; authors: Zara Baloch, Sana Mir; editors: Amara Diallo, Halima Osman"),
                "\(result.stdout)")
        let text = try String(contentsOf: site.appendingPathComponent(path), encoding: .utf8)
        #expect(text.hasPrefix("""
            ---
            title: "Water for the Cities"
            subtitle: "Why Metering Comes First"
            date: 2025-01-28
            authors: [zara-baloch, sana-mir]
            editors: [amara-diallo, halima-osman]
            centre: energy
            disclaimer: "This paper reflects the views of its authors and not those of their funders."
            draft: true
            """), "\(text)")
        #expect(text.contains("## Background\n\nCities lose a third of their water.[^1] Most of it leaks from old pipes before it reaches a tap.[^2]"), "\(text)")
        #expect(!text.contains("disappears"))
        #expect(text.contains("Meters cut losses by half.[^3]"))
        #expect(!text.contains("Is this still true?"), "a comment is reported, not printed in the brief")
        #expect(text.contains("## What metering changes"))
        #expect(text.contains("> Measure first, price second."))
        #expect(text.contains("- Install meters\n- Publish losses"))
        #expect(text.contains("| City | Loss |\n| --- | --- |\n| Karachi | 35% |"), "\(text)")
        #expect(text.contains("![River flows at the intake](figure-1.png)\n\n*Figure 1: Daily flows at the intake* Source: City water board"), "\(text)")
        #expect(text.contains("[^1]: *Urban Water Report*, 2024, <https://example.org/water>, page 4."), "\(text)")
        #expect(text.contains("[^2]: Ibid."))
        #expect(text.contains("[^3]: Ibid., 9; see [the board data](https://example.org/board)."), "\(text)")
        #expect(FileManager.default.fileExists(atPath: site.appendingPathComponent("content/briefs/water-for-the-cities/figure-1.png").path))
        #expect(!text.contains("WATER FOR THE CITIES"), "the title block does not stay in the body")

        // Warnings at the lines they concern; every comment listed.
        #expect(result.stderr.contains("\(path):5:1: warning: author Sana Mir is not in content/people (the manuscript says: Research Associate, Centre for Energy and Climate): create content/people/sana-mir.md, e.g. with `imprint new person \"Sana Mir\" --role \"Research Associate\" --centre energy` [import-unknown-person]"),
                "\(result.stderr)")
        #expect(result.stderr.contains("warning: comment by Reviewer One (2025-01-21): Is this still true? [import-comment]"), "\(result.stderr)")
        #expect(result.stderr.contains("tracked changes (1 insertion, 1 deletion by Copy Desk); they were accepted"), "\(result.stderr)")
        #expect(result.stderr.contains("warning: the title was in capitals"))

        // It builds: the draft is left out of a build; with drafts, the missing author is the one
        // error, at the line the import warned about; once the author exists and the draft line
        // is gone, with no warning at all.
        let build = try run(["build", "-s", site.path, "-q"])
        #expect(build.status == 0, "\(build.stderr)")
        let drafts = try run(["build", "-s", site.path, "-D", "-q", "-o", site.appendingPathComponent("drafts").path])
        #expect(drafts.status == 1)
        #expect(drafts.stderr.contains("\(path):5:24: error: unknown person `sana-mir`"), "\(drafts.stderr)")
        #expect(try run(["new", "person", "Sana Mir", "-s", site.path]).status == 0)
        let withAuthor = try run(["build", "-s", site.path, "-D", "-q", "-o", site.appendingPathComponent("drafts").path])
        #expect(withAuthor.status == 0, "\(withAuthor.stderr)")
        // Nobody in this site writes with Farid Nasser: his file would be an unreferenced person.
        try FileManager.default.removeItem(at: site.appendingPathComponent("content/people/farid-nasser.md"))
        try Data(text.replacingOccurrences(of: "draft: true", with: "# published").utf8)
            .write(to: site.appendingPathComponent(path))
        let published = try run(["build", "-s", site.path, "--strict"])
        #expect(published.status == 0, "\(published.stderr)")
        let page = try String(contentsOf: site.appendingPathComponent("public/briefs/water-for-the-cities/index.html"), encoding: .utf8)
        #expect(page.contains("Urban Water Report"))
        #expect(page.contains("figure-1.png"))

        // Never over an existing brief without --force.
        let again = try run(["import", folder.appendingPathComponent("manuscript.docx").path, "-s", site.path])
        #expect(again.status == 1)
        #expect(again.stderr.contains("content/briefs/water-for-the-cities already exists (--force replaces it)"), "\(again.stderr)")
        #expect(try String(contentsOf: site.appendingPathComponent(path), encoding: .utf8).contains("# published"))
        let forced = try run(["import", folder.appendingPathComponent("manuscript.docx").path, "-s", site.path, "--force", "--slug", "water-for-the-cities"])
        #expect(forced.status == 0, "\(forced.stderr)")
        #expect(try String(contentsOf: site.appendingPathComponent(path), encoding: .utf8).contains("draft: true"))
    }

    @Test(.enabled(if: ImportCommandTests.pandocInstalled || ProcessInfo.processInfo.environment["CI"] != nil,
                   "Pandoc is not installed (scripts/setup.sh --test installs it)"))
    func aManuscriptInWordsOwnXMLKeepsItsNotesAndByline() throws {
        let site = try site()
        let folder = ImprintBinary.temporaryDirectory()
        let docx = try handmadeDocx(in: folder)

        let result = try run(["import", docx.path, "-s", site.path])
        #expect(result.status == 0, "\(result.stderr)")
        let text = try String(contentsOf: site.appendingPathComponent("content/briefs/cross-border-power-trade-in-south-asia/index.md"), encoding: .utf8)
        #expect(text.contains("title: \"Cross-Border Power Trade in South Asia\""), "\(text)")
        #expect(text.contains("authors: [amara-diallo, farid-nasser]"))
        #expect(text.contains("editors: [halima-osman]"))
        #expect(text.contains("date: 2025-01-28"))
        #expect(text.contains("disclaimer: \"The views in this paper are the authors' own and not those of any government.\""))
        #expect(text.contains("## The Case for Trade\n\nGrids that trade power need fewer plants.[^1] Much fewer."), "\(text)")
        #expect(!text.contains("Removed sentence"))
        #expect(text.contains("## What Stands in the Way"))
        #expect(text.contains("[^1]: World Bank, *Regional Power Trade* (2023), <https://example.org/power-trade>."), "\(text)")
        #expect(text.contains("[^2]: Ibid.\n\n[^3]: Ibid., 14."))
        #expect(result.stderr.contains("comment by Reviewer Two (2025-01-21): Which lines? Name them."), "\(result.stderr)")
        #expect(result.stderr.contains("1 insertion, 1 deletion by Copy Editor"))
        #expect(result.stdout.contains("3 notes, 2 sections, 0 images"))
        let build = try run(["build", "-s", site.path, "-D", "-q"])
        #expect(build.status == 0, "\(build.stderr)")
    }

    @Test(.enabled(if: ImportCommandTests.pandocInstalled || ProcessInfo.processInfo.environment["CI"] != nil,
                   "Pandoc is not installed (scripts/setup.sh --test installs it)"))
    func wordsDocumentPropertiesStandInForAMissingTitleBlock() throws {
        let site = try site()
        let folder = ImprintBinary.temporaryDirectory()
        let docx = folder.appendingPathComponent("untitled.docx")
        try python([ImprintBinary.packageRoot.appendingPathComponent("Tests/Fixtures/import/handmade_docx.py").path, docx.path, "--no-title-block"])

        let result = try run(["import", docx.path, "-s", site.path])
        #expect(result.status == 0, "\(result.stderr)")
        let text = try String(contentsOf: site.appendingPathComponent("content/briefs/power-trade-the-grid/index.md"), encoding: .utf8)
        #expect(text.hasPrefix("---\ntitle: \"Power Trade & the Grid\"\nsubtitle: \"A Draft\"\n"), "\(text)")
        #expect(text.contains("authors: [amara-diallo, farid-nasser]"))
        #expect(text.contains("---\n\nPower trade across borders lowers costs"), "the opening sentence stays in the body: \(text)")
        #expect(result.stderr.contains("index.md:2:1: warning: no title found at the top of untitled.docx; the title of its Word document properties was used [import-properties]"), "\(result.stderr)")
        #expect(result.stderr.contains("the authors were taken from its Word document properties: check them [import-properties]"))
        #expect(!result.stderr.contains("is not in content/people"), "both authors have people files: \(result.stderr)")
    }

    @Test(.enabled(if: ImportCommandTests.pandocInstalled || ProcessInfo.processInfo.environment["CI"] != nil,
                   "Pandoc is not installed (scripts/setup.sh --test installs it)"))
    func aTitleWithNoLatinLettersStillGetsAFolder() throws {
        let site = try site()
        let folder = ImprintBinary.temporaryDirectory()
        try Data("پانی کی قلت\n\nBy Amara Diallo\n\n28 January 2025\n\nدریا سوکھ رہے ہیں۔\n".utf8)
            .write(to: folder.appendingPathComponent("manuscript.md"))
        try pandoc(["manuscript.md", "-o", "پانی.docx"], in: folder)

        let result = try run(["import", folder.appendingPathComponent("پانی.docx").path, "-s", site.path])
        #expect(result.status == 0, "\(result.stderr)")
        let briefs = try FileManager.default.contentsOfDirectory(atPath: site.appendingPathComponent("content/briefs").path)
        let imported = try #require(briefs.first { $0.hasPrefix("imported-") }, "\(briefs)")
        #expect(imported.range(of: #"^imported-\d{4}-\d{2}-\d{2}$"#, options: .regularExpression) != nil)
        let text = try String(contentsOf: site.appendingPathComponent("content/briefs/\(imported)/index.md"), encoding: .utf8)
        #expect(text.contains("title: \"پانی کی قلت\""), "\(text)")
        #expect(result.stderr.contains("neither the title nor the file's name has letters a slug can use; the brief was named \(imported): choose one with --slug [import-unclear]"), "\(result.stderr)")
    }

    @Test func brokenFilesAreRefusedAndNothingIsWritten() throws {
        let site = try site()
        let folder = ImprintBinary.temporaryDirectory()
        let briefsBefore = try FileManager.default.contentsOfDirectory(atPath: site.appendingPathComponent("content/briefs").path).sorted()
        func refuse(_ name: String, _ bytes: Data, _ expected: String) throws {
            let file = folder.appendingPathComponent(name)
            try bytes.write(to: file)
            let result = try run(["import", file.path, "-s", site.path])
            #expect(result.status == 1, "\(name)")
            #expect(result.stderr.contains("\(file.path): error: ") || result.stderr.contains("\(name): error: "), "\(result.stderr)")
            #expect(result.stderr.contains(expected), "\(name): \(result.stderr)")
            #expect(try FileManager.default.contentsOfDirectory(atPath: site.appendingPathComponent("content/briefs").path).sorted() == briefsBefore)
        }
        // Word 97–2003: the OLE compound file header.
        try refuse("old.docx", Data([0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1] + Array(repeating: 0, count: 504)),
                   "is an old Word document (.doc, Word 97–2003)")
        try refuse("notes.docx", Data("Just some text.\n".utf8), "is not a readable .docx file")
        // A real .docx cut in half in transfer.
        let bytes = try Data(contentsOf: try handmadeDocx(in: folder))
        try refuse("cut.docx", bytes.prefix(bytes.count / 2), "is not a readable .docx file")
        // A zip bomb: 64 MB of zeros packed into a few kilobytes.
        let bomb = folder.appendingPathComponent("bomb.docx")
        try python(["-c", """
            import sys, zipfile
            with zipfile.ZipFile(sys.argv[1], "w", zipfile.ZIP_DEFLATED) as z:
                z.writestr("[Content_Types].xml", "<Types/>")
                z.writestr("word/document.xml", b"\\0" * (64 << 20))
            """, bomb.path])
        try refuse("bomb.docx", try Data(contentsOf: bomb), "a zip bomb?")
        let missing = try run(["import", folder.appendingPathComponent("absent.docx").path, "-s", site.path])
        #expect(missing.status == 1)
        #expect(missing.stderr.contains("cannot be read: no such file"), "\(missing.stderr)")
    }

    @Test func withoutPandocOneErrorSaysHowToInstallIt() throws {
        let site = try site()
        let folder = ImprintBinary.temporaryDirectory()
        let docx = try handmadeDocx(in: folder)
        let result = try ImprintBinary.run(["import", docx.path, "-s", site.path], environment: ["PATH": folder.path])
        #expect(result.status == 1)
        #expect(result.stderr.components(separatedBy: "error:").count == 2, "one error: \(result.stderr)")
        #expect(result.stderr.contains("apt-get install pandoc"), "\(result.stderr)")
        #expect(!FileManager.default.fileExists(atPath: site.appendingPathComponent("content/briefs/cross-border-power-trade-in-south-asia").path))
        let outside = try ImprintBinary.run(["import", docx.path], in: folder)
        #expect(outside.status == 2)
        #expect(outside.stderr.contains("is not an Imprint site"))
    }
}
