import Foundation
import Testing
@testable import SiteBuilder
import PDFExport

/// How builds publish PDFs, with a fake WeasyPrint (Tests/Fixtures/fake-weasyprint): a build
/// without `--pdf` publishes the cached PDFs that are current and drops the stale ones.
@Suite struct CachedPDFTests {
    func site() throws -> URL {
        let target = FixturePaths.temporaryDirectory().appendingPathComponent("pdf-site")
        try FileManager.default.copyItem(at: FixturePaths.fixtures.appendingPathComponent("pdf-site"), to: target)
        return target
    }

    func fakeWeasyPrint() throws -> URL {
        let script = FixturePaths.temporaryDirectory().appendingPathComponent("weasyprint")
        try FileManager.default.copyItem(at: FixturePaths.fixtures.appendingPathComponent("fake-weasyprint/weasyprint"), to: script)
        return script
    }

    func build(_ site: URL, pdf: PDFOptions? = nil) -> (BuildResult, URL) {
        let output = site.deletingLastPathComponent().appendingPathComponent("public")
        return (SiteBuild(options: BuildOptions(siteRoot: site, output: output, jobs: 2, pdf: pdf)).run(), output)
    }

    @Test func thePrintTemplateIsRegisteredWithItsFolder() throws {
        #expect(TemplateSet.name(of: "templates/print/brief.mustache") == "print/brief")
        let site = try site()
        let (_, output) = build(site)
        #expect(FileManager.default.fileExists(atPath: output.appendingPathComponent("css/print.css").path))
    }

    @Test func aPlainBuildPublishesCurrentCachedPDFsAndDropsStaleOnes() throws {
        let site = try site()
        let fake = try fakeWeasyPrint()
        let (made, output) = build(site, pdf: PDFOptions(weasyprint: fake.path))
        #expect(made.pdf?.outcomes.count == 1)
        #expect(made.pdf?.published == 1)
        let pdf = output.appendingPathComponent("briefs/water-tariffs/water-tariffs.pdf")
        let page = output.appendingPathComponent("briefs/water-tariffs/index.html")
        #expect(FileManager.default.fileExists(atPath: pdf.path))
        #expect(try String(contentsOf: page, encoding: .utf8).contains("Download PDF <span class=\"button-detail\">(2 pages, "))

        // No --pdf: the PDF is current, so it stays in the rebuilt site.
        let (plain, _) = build(site)
        #expect(plain.pdf == nil)
        #expect(FileManager.default.fileExists(atPath: pdf.path))

        // The text changes: the cached PDF is stale, so a build without --pdf leaves it out.
        let brief = site.appendingPathComponent("content/briefs/water-tariffs/index.md")
        try (String(contentsOf: brief, encoding: .utf8) + "\nA new closing sentence.\n").write(to: brief, atomically: true, encoding: .utf8)
        _ = build(site)
        #expect(!FileManager.default.fileExists(atPath: pdf.path))
        #expect(try !String(contentsOf: page, encoding: .utf8).contains("Download PDF"))
        #expect(TestCalls.count(fake) == 1)
    }

    /// `imprint serve` publishes the cached PDFs as `imprint build` does (issue 21): the button
    /// and the file are in the preview, and an edit that makes the PDF stale takes both off.
    @Test func thePreviewPublishesCurrentCachedPDFsLikeABuild() throws {
        let site = try site()
        _ = build(site, pdf: PDFOptions(weasyprint: try fakeWeasyPrint().path))
        let preview = site.deletingLastPathComponent().appendingPathComponent("preview")
        let builder = try IncrementalBuilder(options: BuildOptions(siteRoot: site, output: preview, includeDrafts: true, jobs: 2))
        let first = builder.build()
        #expect(first.succeeded, "\(first.diagnostics)")
        let pdf = preview.appendingPathComponent("briefs/water-tariffs/water-tariffs.pdf")
        let page = preview.appendingPathComponent("briefs/water-tariffs/index.html")
        #expect(FileManager.default.fileExists(atPath: pdf.path))
        #expect(try String(contentsOf: page, encoding: .utf8).contains("Download PDF <span class=\"button-detail\">(2 pages, "))

        let brief = site.appendingPathComponent("content/briefs/water-tariffs/index.md")
        try (String(contentsOf: brief, encoding: .utf8) + "\nA new closing sentence.\n").write(to: brief, atomically: true, encoding: .utf8)
        let edited = builder.build(changed: ["content/briefs/water-tariffs/index.md"])
        #expect(edited.succeeded, "\(edited.diagnostics)")
        #expect(!FileManager.default.fileExists(atPath: pdf.path))
        #expect(try !String(contentsOf: page, encoding: .utf8).contains("Download PDF"))
    }

    /// The streamed build keys each print page from the body it has just rendered; the key must
    /// be the one the PDF was made with, so both builds publish the same PDF on the same page.
    @Test func aPlainBuildPublishesTheSamePDFsStreamedOrNot() throws {
        let site = try site()
        _ = build(site, pdf: PDFOptions(weasyprint: try fakeWeasyPrint().path))
        let streamed = site.deletingLastPathComponent().appendingPathComponent("streamed")
        let kept = site.deletingLastPathComponent().appendingPathComponent("kept")
        let options = { (output: URL) in BuildOptions(siteRoot: site, output: output, jobs: 2) }
        #expect(SiteBuild(options: options(streamed)).run(streaming: true).wrote)
        #expect(SiteBuild(options: options(kept)).run(streaming: false).wrote)
        let files = FixturePaths.files(under: streamed)
        #expect(files.contains("briefs/water-tariffs/water-tariffs.pdf"))
        #expect(files == FixturePaths.files(under: kept))
        for file in files {
            #expect(try Data(contentsOf: streamed.appendingPathComponent(file)) == Data(contentsOf: kept.appendingPathComponent(file)), "\(file)")
        }
    }

    @Test func theCacheKeyFollowsTheStylesheetAndTheImagesNotTheFolder() throws {
        let a = try site(), b = try site()
        let fake = try fakeWeasyPrint()
        let (first, _) = build(a, pdf: PDFOptions(weasyprint: fake.path))
        let (second, _) = build(b, pdf: PDFOptions(weasyprint: fake.path))
        let key = { (site: URL) in PDFCache(siteRoot: site).entry("water-tariffs")?.contentHash }
        #expect(first.pdf?.hasErrors == false && second.pdf?.hasErrors == false)
        #expect(key(a) != nil && key(a) == key(b), "the same site in another folder has the same key")

        try Data("<svg xmlns=\"http://www.w3.org/2000/svg\"/>".utf8)
            .write(to: b.appendingPathComponent("content/briefs/water-tariffs/hero.svg"))
        let (third, _) = build(b, pdf: PDFOptions(weasyprint: fake.path))
        #expect(third.pdf?.outcomes.first?.status != .unchanged, "a changed hero image makes the PDF again")

        try FileManager.default.createDirectory(at: a.appendingPathComponent("static/css"), withIntermediateDirectories: true)
        try Data("@page { size: A5 }".utf8).write(to: a.appendingPathComponent("static/css/print.css"))
        let (fourth, _) = build(a, pdf: PDFOptions(weasyprint: fake.path))
        #expect(fourth.pdf?.outcomes.first?.status != .unchanged, "the site's own print.css replaces the theme's")
        #expect(try String(contentsOf: PDFCache(siteRoot: a).htmlURL("water-tariffs"), encoding: .utf8)
            .contains(a.appendingPathComponent("static/css/print.css").path))
    }

    @Test func shardsSplitTheBriefsAndKeepTheOthersCached() throws {
        let site = try site()
        let briefs = site.appendingPathComponent("content/briefs")
        let template = try String(contentsOf: briefs.appendingPathComponent("no-pdf.md"), encoding: .utf8)
            .replacingOccurrences(of: "pdf: false\n", with: "")
        for n in 1...4 { try template.write(to: briefs.appendingPathComponent("extra-\(n).md"), atomically: true, encoding: .utf8) }
        let fake = try fakeWeasyPrint()
        let (one, output) = build(site, pdf: PDFOptions(weasyprint: fake.path, shard: Shard("1/2")))
        let (two, _) = build(site, pdf: PDFOptions(weasyprint: fake.path, shard: Shard("2/2")))
        let made = { (r: BuildResult) in Set(r.pdf?.outcomes.map(\.slug) ?? []) }
        #expect(made(one).isDisjoint(with: made(two)))
        #expect(made(one).union(made(two)) == ["extra-1", "extra-2", "extra-3", "extra-4", "water-tariffs"])
        // The second shard's build publishes the first shard's cached PDFs too.
        #expect(two.pdf?.published == 5)
        #expect(FileManager.default.fileExists(atPath: output.appendingPathComponent("briefs/extra-1/extra-1.pdf").path))
        #expect(TestCalls.count(fake) == 5)
    }

    @Test func aDeletedBriefsPDFLeavesTheCache() throws {
        let site = try site()
        let fake = try fakeWeasyPrint()
        _ = build(site, pdf: PDFOptions(weasyprint: fake.path))
        let cache = PDFCache(siteRoot: site)
        #expect(FileManager.default.fileExists(atPath: cache.pdfURL("water-tariffs").path))
        try FileManager.default.removeItem(at: site.appendingPathComponent("content/briefs/water-tariffs"))
        _ = build(site, pdf: PDFOptions(weasyprint: fake.path))
        #expect(try FileManager.default.contentsOfDirectory(atPath: cache.folder.path) == ["weasyprint.json"])
    }

    @Test func unknownSlugsAreErrorsWithASuggestion() throws {
        let site = try site()
        let (result, _) = build(site, pdf: PDFOptions(weasyprint: try fakeWeasyPrint().path, slugs: ["water-tarifs", "no-pdf"]))
        #expect(result.pdf?.errors == [
            "no published brief has the slug `water-tarifs`; did you mean `water-tariffs`?",
            "the brief `no-pdf` has `pdf: false`, so it gets no PDF",
        ])
        #expect(result.hasErrors)
        #expect(result.wrote)
    }

    @Test func aMissingWeasyPrintStopsOnlyAPDFBuild() throws {
        let site = try site()
        let (failed, output) = build(site, pdf: PDFOptions(weasyprint: "/nonexistent/weasyprint"))
        #expect(!failed.wrote)
        #expect(failed.pdf?.stoppedBuild == true)
        #expect(failed.pdf?.errors.first?.contains("WeasyPrint not found") == true)
        #expect(!FileManager.default.fileExists(atPath: output.path))
        let (plain, _) = build(site)
        #expect(plain.wrote && !plain.hasErrors)
    }
}

enum TestCalls {
    /// How many PDFs the fake WeasyPrint was asked for.
    static func count(_ fake: URL) -> Int {
        let log = fake.deletingLastPathComponent().appendingPathComponent("calls.log")
        return ((try? String(contentsOf: log, encoding: .utf8)) ?? "").split(separator: "\n").count
    }
}
