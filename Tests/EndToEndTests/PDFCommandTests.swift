import Foundation
import Testing

/// `imprint pdf` and `imprint build --pdf` as a user runs them.
@Suite struct PDFCommandTests {
    static func onPath(_ name: String) -> Bool {
        (ProcessInfo.processInfo.environment["PATH"] ?? "").split(separator: ":")
            .contains { FileManager.default.isExecutableFile(atPath: "\($0)/\(name)") }
    }

    static let canPrint = onPath("weasyprint") && onPath("pdfinfo")

    func fakeWeasyPrint() throws -> URL {
        let script = ImprintBinary.temporaryDirectory().appendingPathComponent("weasyprint")
        try FileManager.default.copyItem(at: ImprintBinary.packageRoot.appendingPathComponent("Tests/Fixtures/fake-weasyprint/weasyprint"), to: script)
        return script
    }

    @Test func aMissingWeasyPrintIsOneClearErrorAndPlainBuildsStillWork() throws {
        let site = try ImprintBinary.copyFixture("pdf-site")
        let out = site.deletingLastPathComponent().appendingPathComponent("public")
        let pdf = try ImprintBinary.run(["pdf", "--site", site.path, "--output", out.path, "--weasyprint", "/nonexistent"])
        #expect(pdf.status == 1)
        #expect(pdf.stderr.contains("error: WeasyPrint not found (no file at /nonexistent); install it with `apt-get install weasyprint` or `pip install weasyprint`"))
        #expect(pdf.stderr.components(separatedBy: "error:").count == 2, "one error, not one per brief: \(pdf.stderr)")
        #expect(!FileManager.default.fileExists(atPath: out.path))

        let withPDF = try ImprintBinary.run(["build", "--pdf", "--weasyprint", "/nonexistent", "--site", site.path, "--output", out.path])
        #expect(withPDF.status == 1)
        #expect(withPDF.stderr.contains("WeasyPrint not found"))

        let plain = try ImprintBinary.run(["build", "--site", site.path, "--output", out.path])
        #expect(plain.status == 0, "\(plain.stderr)")
        #expect(FileManager.default.fileExists(atPath: out.appendingPathComponent("briefs/water-tariffs/index.html").path))
    }

    @Test(.enabled(if: canPrint, "WeasyPrint or poppler-utils is not installed (apt-get install weasyprint poppler-utils)"))
    func makesThePDFThenAnUnchangedRerunMakesNothing() throws {
        let site = try ImprintBinary.copyFixture("pdf-site")
        let out = site.deletingLastPathComponent().appendingPathComponent("public")
        let first = try ImprintBinary.run(["pdf", "--site", site.path, "--output", out.path, "--jobs", "2"])
        #expect(first.status == 0, "\(first.stderr)")
        #expect(first.stdout.contains("PDFs: 1 made, 0 unchanged; 1 in the site"))
        #expect(first.stderr.contains("PDF 1/1 content/briefs/water-tariffs/index.md ("), "plain progress lines off a terminal")
        let pdf = out.appendingPathComponent("briefs/water-tariffs/water-tariffs.pdf")
        let cached = site.appendingPathComponent(".imprint-cache/pdf/water-tariffs.pdf")
        let made = try FileManager.default.attributesOfItem(atPath: cached.path)[.modificationDate] as? Date

        let again = try ImprintBinary.run(["pdf", "--site", site.path, "--output", out.path])
        #expect(again.status == 0)
        #expect(again.stdout.contains("PDFs: 0 made, 1 unchanged; 1 in the site"))
        #expect(!again.stderr.contains("PDF 1/1"))
        #expect(try FileManager.default.attributesOfItem(atPath: cached.path)[.modificationDate] as? Date == made)
        #expect(FileManager.default.fileExists(atPath: pdf.path))

        let info = try PDFCommandTests.pdfinfo(pdf)
        #expect(info.contains("Title:           Paying More for Less"))
        #expect(info.contains("Author:          Halima Osman, Daniel Otieno"))
    }

    @Test func aFailingBriefIsNamedAndTheOtherPDFsAreKept() throws {
        let site = try ImprintBinary.copyFixture("pdf-site")
        let briefs = site.appendingPathComponent("content/briefs")
        try "---\ntitle: Broken\ndate: 2025-01-01\nauthors: [daniel-otieno]\n---\nText.\n"
            .write(to: briefs.appendingPathComponent("broken-layout.md"), atomically: true, encoding: .utf8)
        let out = site.deletingLastPathComponent().appendingPathComponent("public")
        let fake = try fakeWeasyPrint()
        let result = try ImprintBinary.run(["build", "--pdf", "--weasyprint", fake.path, "--site", site.path, "--output", out.path])
        #expect(result.status == 1)
        #expect(result.stderr.contains("content/briefs/broken-layout.md: error: no PDF: WeasyPrint failed (exit status 1): "
            + "Traceback (most recent call last): | ValueError: this brief cannot be laid out"))
        #expect(result.stderr.contains("content/briefs/water-tariffs/index.md: warning: weasyprint: Ignored `gap: 1mm` at 12:3, unknown property."))
        #expect(result.stdout.contains("PDFs: 1 made, 0 unchanged, 1 failed; 1 in the site"))
        #expect(FileManager.default.fileExists(atPath: out.appendingPathComponent("briefs/water-tariffs/water-tariffs.pdf").path))
        #expect(!FileManager.default.fileExists(atPath: out.appendingPathComponent("briefs/broken-layout/broken-layout.pdf").path))
        #expect(FileManager.default.fileExists(atPath: out.appendingPathComponent("briefs/broken-layout/index.html").path))
    }

    @Test func aBriefThatTakesTooLongIsStopped() throws {
        let site = try ImprintBinary.copyFixture("pdf-site")
        try "---\ntitle: Slow\ndate: 2025-01-01\nauthors: [daniel-otieno]\n---\nText.\n"
            .write(to: site.appendingPathComponent("content/briefs/slow-brief.md"), atomically: true, encoding: .utf8)
        let out = site.deletingLastPathComponent().appendingPathComponent("public")
        let start = Date()
        let result = try ImprintBinary.run(["pdf", "slow-brief", "--timeout", "1", "--weasyprint", try fakeWeasyPrint().path,
                                            "--site", site.path, "--output", out.path])
        #expect(Date().timeIntervalSince(start) < 20)
        #expect(result.status == 1)
        #expect(result.stderr.contains("content/briefs/slow-brief.md: error: no PDF: WeasyPrint took longer than 1 s and was stopped"))
    }

    @Test func usageMistakes() throws {
        let badShard = try ImprintBinary.run(["pdf", "--shard", "3/2"])
        #expect(badShard.status == 2)
        #expect(badShard.stderr.contains("--shard must be K/N"))
        let orphan = try ImprintBinary.run(["build", "--weasyprint", "/usr/bin/weasyprint"])
        #expect(orphan.status == 2)
    }

    static func pdfinfo(_ file: URL) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["pdfinfo", file.path]
        let pipe = Pipe()
        process.standardOutput = pipe
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return String(decoding: data, as: UTF8.self)
    }
}
