import Foundation
import Testing
import PDFExport
import SiteBuilder

/// The PDF of Tests/Fixtures/pdf-site's eleven-note brief, made by the real WeasyPrint once
/// for the whole suite and read back with poppler-utils (pdftotext, pdfinfo).
@Suite(.enabled(if: TestSupport.canPrint, TestSupport.cannotPrintReason))
struct PrintedBriefTests {
    struct Printed: Sendable {
        var site: URL
        var output: URL
        var result: BuildResult
        var pdf: URL { output.appendingPathComponent("briefs/water-tariffs/water-tariffs.pdf") }
    }

    static let printed: Printed = {
        let site = try! TestSupport.copyFixture("pdf-site")
        let output = site.deletingLastPathComponent().appendingPathComponent("public")
        let result = SiteBuild(options: BuildOptions(siteRoot: site, output: output, jobs: 2, pdf: PDFOptions())).run()
        return Printed(site: site, output: output, result: result)
    }()

    static let markdown: String = {
        let url = TestSupport.fixtures.appendingPathComponent("pdf-site/content/briefs/water-tariffs/index.md")
        return try! String(contentsOf: url, encoding: .utf8)
    }()

    /// The text of each page, with lines joined, hyphenation undone, spaces collapsed and curly
    /// quotes dropped (smart punctuation made them from the Markdown's straight ones).
    static let pages: [String] = {
        guard let count = info["Pages"].flatMap(Int.init) else { return [] }
        return (1...count).map { page in
            let text = (try? TestSupport.output(of: "pdftotext", ["-f", "\(page)", "-l", "\(page)", printed.pdf.path, "-"])) ?? ""
            return text.replacingOccurrences(of: "\u{2010}\n", with: "")
                .replacingOccurrences(of: "\u{2060}", with: "")
                .replacingOccurrences(of: "\u{201C}", with: "").replacingOccurrences(of: "\u{201D}", with: "")
                .replacingOccurrences(of: "\u{2019}", with: "'")
                .split(whereSeparator: \.isWhitespace).joined(separator: " ")
        }
    }()

    static let info: [String: String] = {
        let text = (try? TestSupport.output(of: "pdfinfo", [printed.pdf.path])) ?? ""
        var fields: [String: String] = [:]
        for line in text.split(separator: "\n") {
            guard let colon = line.firstIndex(of: ":") else { continue }
            fields[String(line[..<colon])] = line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)
        }
        return fields
    }()

    @Test func thePDFIsInTheBriefsFolderAndTheBriefPageLinksIt() throws {
        let result = Self.printed.result
        #expect(result.wrote, "\(result.diagnostics) \(String(describing: result.pdf?.errors))")
        #expect(result.pdf?.hasErrors == false, "\(result.pdf?.problems ?? [])")
        #expect(FileManager.default.fileExists(atPath: Self.printed.pdf.path))
        let page = try String(contentsOf: Self.printed.output.appendingPathComponent("briefs/water-tariffs/index.html"), encoding: .utf8)
        let pages = try #require(Self.info["Pages"])
        #expect(page.contains(#"<a class="button" href="/briefs/water-tariffs/water-tariffs.pdf" type="application/pdf" download>"#
            + #"Download PDF <span class="button-detail">(\#(pages) pages, "#))
    }

    @Test func aBriefWithPDFFalseGetsNone() throws {
        #expect(!FileManager.default.fileExists(atPath: Self.printed.output.appendingPathComponent("briefs/no-pdf/no-pdf.pdf").path))
        let page = try String(contentsOf: Self.printed.output.appendingPathComponent("briefs/no-pdf/index.html"), encoding: .utf8)
        #expect(!page.contains("Download PDF"))
    }

    @Test func theFirstPageHasTheTitleBlockAndNoRunningHeaderOrPageNumber() throws {
        let first = try #require(Self.pages.first)
        for text in ["Paying More for Less", "Why the Poorest Urban Households Face the Highest Water Prices",
                     "ISSUE BRIEF IB-2025-04", "Halima Osman, Research Fellow, Centre for Climate and Resources",
                     "Daniel Otieno, Research Associate", "Edited by Ruth Achieng", "Published 17 June 2025",
                     "Kestrel Institute for Public Policy", "Source: Chart: Kestrel Institute"] {
            #expect(first.contains(text), "page 1 lacks \(text)")
        }
        #expect(!first.contains("Page 1 of"))
    }

    @Test func laterPagesHaveTheRunningHeaderAndPageNOfN() throws {
        let total = Self.pages.count
        #expect(total >= 2 && total <= 5, "the eleven-note brief should take a few pages, not \(total)")
        for (index, text) in Self.pages.enumerated().dropFirst() {
            #expect(text.contains("Page \(index + 1) of \(total)"))
            #expect(text.hasPrefix("Paying More for Less ISSUE BRIEF IB-2025-04"), "page \(index + 1): \(text.prefix(80))")
        }
    }

    /// Every note is printed once, at the foot of the page that cites it first, numbered as on
    /// the web: the call is the word before `[^n]` in the Markdown followed by n.
    @Test func eachNoteIsOnThePageOfItsCall() throws {
        let (body, notes) = try #require(Self.notes())
        #expect(notes.count == 11)
        for (number, noteText) in notes {
            let start = String(noteText.prefix(28))
            let notePages = Self.pages.indices.filter { Self.pages[$0].contains("\(number). " + start) }
            #expect(notePages.count == 1, "note \(number) (\(start)…) is printed on pages \(notePages.map { $0 + 1 })")
            let reference = try #require(body.range(of: "[^\(number)]"))
            let word = body[..<reference.lowerBound].split(whereSeparator: \.isWhitespace).last.map(String.init) ?? ""
            let call = word + "\(number)"
            let callPages = Self.pages.indices.filter { Self.pages[$0].contains(call) }
            #expect(!callPages.isEmpty, "the call \(call) is not in the PDF")
            if let page = notePages.first { #expect(callPages.contains(page), "note \(number) on page \(page + 1), call \(call) on \(callPages.map { $0 + 1 })") }
        }
    }

    @Test func longURLsWrapInsideTheMargin() throws {
        // Printed whole, though broken across lines (pdftotext joins a line ending in "-"
        // without it, so hyphens and spaces are left out of the comparison).
        let all = Self.pages.joined().filter { $0 != " " && $0 != "-" }
        let url = "https://regulator.example.org/publications/impact-reports/2024/impact-a-performance-report-of-the-water-services-sector-issue-no-15-full-report.pdf"
        #expect(all.contains(url.filter { $0 != "-" }))
        // And nothing runs into the right margin (20 mm, about 57 pt): every word ends before it.
        let boxes = try TestSupport.output(of: "pdftotext", ["-bbox", Self.printed.pdf.path, "-"])
        let pageWidth = try #require(Self.attribute("width", in: boxes))
        let rightmost = boxes.components(separatedBy: "<word ").dropFirst().compactMap { Self.attribute("xMax", in: $0) }.max() ?? 0
        #expect(rightmost > 0 && rightmost < pageWidth - 50, "a word ends at \(rightmost) pt on a \(pageWidth) pt page")
    }

    static func attribute(_ name: String, in text: String) -> Double? {
        guard let start = text.range(of: " \(name)=\""), let end = text[start.upperBound...].firstIndex(of: "\"") else { return nil }
        return Double(text[start.upperBound..<end])
    }

    @Test func metadataMatchesTheBrief() {
        #expect(Self.info["Title"] == "Paying More for Less")
        #expect(Self.info["Author"] == "Halima Osman, Daniel Otieno")
        #expect(Self.info["Subject"]?.hasPrefix("Households in informal settlements pay up to ten times") == true)
        #expect(Self.info["Keywords"] == "water tariffs, increasing block tariff, kiosks, shared connections, lifeline block")
        #expect(Self.info["Page size"]?.contains("(A4)") == true)
        if Self.printed.result.pdf?.tool?.hasSuffix("pdf/ua-1") == true {
            #expect(Self.info["Tagged"] == "yes")
        }
    }

    @Test func headingsBecomeBookmarksAndTheLanguageIsSet() throws {
        let bytes = try String(data: Data(contentsOf: Self.printed.pdf), encoding: .isoLatin1) ?? ""
        for heading in ["The price gap", "How rising-block tariffs backfire", "What regulators have tried", "Options", "Conclusion"] {
            #expect(bytes.contains("/Title (\(heading))"), "no bookmark for \(heading)")
        }
        #expect(bytes.contains("/Lang (en)"))
    }

    @Test func linksStayLive() throws {
        let bytes = try String(data: Data(contentsOf: Self.printed.pdf), encoding: .isoLatin1) ?? ""
        #expect(bytes.contains("/URI (https://pdf.example.org/people/halima-osman/)"), "author links resolve against the web address")
        #expect(bytes.contains("/URI (https://documents.example.org/curated/en/2023/"))
    }

    /// (note number, text) from the Markdown, and the body before the notes.
    static func notes() -> (String, [(Int, String)])? {
        guard let split = markdown.range(of: "\n[^1]:") else { return nil }
        let body = String(markdown[..<split.lowerBound])
        var notes: [(Int, String)] = []
        for line in markdown[split.lowerBound...].split(separator: "\n") where line.hasPrefix("[^") {
            guard let close = line.range(of: "]: ") , let n = Int(line[line.index(line.startIndex, offsetBy: 2)..<close.lowerBound]) else { continue }
            let text = line[close.upperBound...].filter { !"*_<>\"".contains($0) }
            notes.append((n, String(text)))
        }
        return (body, notes)
    }
}
