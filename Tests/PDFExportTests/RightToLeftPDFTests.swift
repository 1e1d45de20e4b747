import Foundation
import Testing
import PDFExport
import SiteBuilder

/// The PDF of an Urdu translation (DESIGN §7), made by the real WeasyPrint: right to left, set in
/// Noto Nastaliq Urdu, each note at the foot of the page that cites it. The Urdu text itself
/// does not survive pdftotext in order, so each reference and its note carry a Latin marker.
@Suite(.enabled(if: TestSupport.canPrint && TestSupport.onPath("pdffonts") != nil, TestSupport.cannotPrintReason))
struct RightToLeftPDFTests {
    static let letters = Array("ABCDEFGH")

    struct Printed: Sendable {
        var output: URL
        var result: BuildResult
        var pdf: URL { output.appendingPathComponent("ur/briefs/water-tariffs/water-tariffs.pdf") }
    }

    static let printed: Printed = {
        let site = try! TestSupport.copyFixture("pdf-site")
        let config = site.appendingPathComponent("site.yaml")
        let yaml = try! String(contentsOf: config, encoding: .utf8)
        try! (yaml + "languages:\n  ur: { name: اردو }\n").write(to: config, atomically: true, encoding: .utf8)
        // Long enough for several pages: each paragraph cites one note, marked CITE<letter>.
        let sentence = "شہروں کی کچی آبادیوں میں رہنے والے گھرانے پانی کی ہر بوند کے لیے منصوبہ بند محلوں کے مقابلے میں کئی گنا زیادہ قیمت ادا کرتے ہیں۔ "
        var body = "## پانی کی قیمت\n\n"
        for letter in letters {
            body += String(repeating: sentence, count: 9) + "CITE\(letter)[^\(letter.lowercased())]\n\n"
        }
        for letter in letters {
            body += "[^\(letter.lowercased())]: NOTE\(letter) World Bank, *The Price of Water in Unplanned Settlements* (Washington, DC: World Bank, 2023).\n\n"
        }
        let translation = "---\ntitle: کم پانی، زیادہ قیمت\n---\n" + body
        try! translation.write(to: site.appendingPathComponent("content/briefs/water-tariffs/index.ur.md"), atomically: true, encoding: .utf8)
        let output = site.deletingLastPathComponent().appendingPathComponent("public")
        let result = SiteBuild(options: BuildOptions(siteRoot: site, output: output, jobs: 2,
                                                     pdf: PDFOptions(slugs: ["water-tariffs"]))).run()
        return Printed(output: output, result: result)
    }()

    static let pages: [String] = {
        let info = (try? TestSupport.output(of: "pdfinfo", [printed.pdf.path])) ?? ""
        let count = info.split(separator: "\n").first { $0.hasPrefix("Pages:") }
            .flatMap { Int($0.dropFirst("Pages:".count).trimmingCharacters(in: .whitespaces)) } ?? 0
        return (0..<count).map { page in
            (try? TestSupport.output(of: "pdftotext", ["-f", "\(page + 1)", "-l", "\(page + 1)", printed.pdf.path, "-"])) ?? ""
        }
    }()

    @Test func theUrduPDFIsPublishedBesideItsPage() throws {
        let result = Self.printed.result
        #expect(result.wrote, "\(result.diagnostics) \(String(describing: result.pdf?.errors))")
        #expect(result.pdf?.hasErrors == false, "\(result.pdf?.problems ?? [])")
        #expect(FileManager.default.fileExists(atPath: Self.printed.pdf.path))
        let page = try String(contentsOf: Self.printed.output.appendingPathComponent("ur/briefs/water-tariffs/index.html"), encoding: .utf8)
        #expect(page.contains(#"href="/ur/briefs/water-tariffs/water-tariffs.pdf""#))
        #expect(page.contains("پی ڈی ایف ڈاؤن لوڈ کریں"))
    }

    @Test func anArabicScriptFontIsEmbedded() throws {
        let fonts = try TestSupport.output(of: "pdffonts", [Self.printed.pdf.path])
        #expect(fonts.contains("Noto-Nastaliq-Urdu"), "\(fonts)")
    }

    @Test func eachNoteSitsOnThePageThatCitesIt() throws {
        let pages = Self.pages
        #expect(pages.count >= 2, "the brief runs over several pages")
        var notePages: Set<Int> = []
        for letter in Self.letters {
            let cited = pages.firstIndex { $0.contains("CITE\(letter)") }
            let noted = pages.firstIndex { $0.contains("NOTE\(letter)") }
            #expect(cited != nil && cited == noted, "note \(letter): cited on page \(cited.map { $0 + 1 } ?? 0), printed on \(noted.map { $0 + 1 } ?? 0)")
            if let noted { notePages.insert(noted) }
        }
        #expect(notePages.count >= 2, "the notes are spread over the pages that cite them")
    }

    @Test func theLatinCitationKeepsItsOrder() throws {
        let text = Self.pages.joined(separator: "\n").split(whereSeparator: \.isWhitespace).joined(separator: " ")
        #expect(text.contains("NOTEA World Bank, The Price of Water in Unplanned Settlements (Washington, DC: World Bank, 2023)."), "\(text.suffix(600))")
    }
}

/// `imprint pdf SLUG` names a brief in any language: another language without it is no error,
/// and a brief in another language alone may be named.
@Suite struct LanguagePDFSlugTests {
    func site() throws -> URL {
        let site = try TestSupport.copyFixture("pdf-site")
        let config = site.appendingPathComponent("site.yaml")
        let yaml = try String(contentsOf: config, encoding: .utf8)
        try (yaml + "languages:\n  ur: { name: اردو }\n").write(to: config, atomically: true, encoding: .utf8)
        let brief = "---\ntitle: صرف اردو\ndate: 2025-03-01\nauthors: [halima-osman]\n---\nمتن۔\n"
        try brief.write(to: site.appendingPathComponent("content/briefs/urdu-only.ur.md"), atomically: true, encoding: .utf8)
        return site
    }

    @Test(arguments: [["water-tariffs"], ["urdu-only"], ["nothing-like-it"]]) func slugsOfAnyLanguage(_ slugs: [String]) throws {
        let site = try site()
        let fake = try TestSupport.fakeWeasyPrint()
        let output = site.deletingLastPathComponent().appendingPathComponent("public")
        let result = SiteBuild(options: BuildOptions(siteRoot: site, output: output, jobs: 2,
                                                     pdf: PDFOptions(weasyprint: fake.path, slugs: slugs))).run()
        let errors = result.pdf?.errors ?? []
        if slugs == ["nothing-like-it"] {
            #expect(errors.count == 1 && errors[0].contains("no published brief has the slug `nothing-like-it`"), "\(errors)")
        } else {
            #expect(errors.isEmpty, "\(errors)")
            #expect(result.wrote)
            let pdf = slugs == ["urdu-only"] ? "ur/briefs/urdu-only/urdu-only.pdf" : "briefs/water-tariffs/water-tariffs.pdf"
            #expect(FileManager.default.fileExists(atPath: output.appendingPathComponent(pdf).path), "\(pdf)")
        }
    }
}
