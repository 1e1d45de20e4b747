import Foundation
import Testing
@testable import PDFExport

/// The exporter with the fake WeasyPrint: caching, failures, attribution, parallel runs.
@Suite struct PDFExporterTests {
    func job(_ slug: String, text: String = "text") -> PDFJob {
        PDFJob(slug: slug, sourcePath: "content/briefs/\(slug).md", html: "<p>\(text)</p>",
               baseURL: "https://example.org/briefs/\(slug)/index.html", contentHash: ContentHash.hex(slug + text))
    }

    func exporter(_ fake: URL, timeout: Double = 30, workers: Int = 2) throws -> PDFExporter {
        let cache = PDFCache(siteRoot: TestSupport.temporaryDirectory())
        let weasy = try WeasyPrint.locate(explicitPath: fake.path, relativeTo: URL(fileURLWithPath: "/"), cache: cache)
        return PDFExporter(cache: cache, weasyPrint: weasy, workers: workers, timeout: timeout)
    }

    @Test func makesEachPDFOnceAndThenOnlyWhatChanged() throws {
        let fake = try TestSupport.fakeWeasyPrint()
        let exporter = try exporter(fake)
        let first = exporter.export([job("a"), job("b"), job("c")])
        #expect(first.map(\.slug) == ["a", "b", "c"])
        #expect(first.allSatisfy { if case .made = $0.status { true } else { false } })
        #expect(first.allSatisfy { $0.artifact?.pages == 2 })
        #expect(TestSupport.calls(of: fake).count == 3)

        let again = exporter.export([job("a"), job("b"), job("c")])
        #expect(again.allSatisfy { $0.status == .unchanged })
        #expect(TestSupport.calls(of: fake).count == 3, "an unchanged rerun runs WeasyPrint for nothing")

        let changed = exporter.export([job("a"), job("b", text: "revised"), job("c")])
        #expect(changed.map(\.status.isMade) == [false, true, false])
        #expect(TestSupport.calls(of: fake).count == 4)

        let forced = exporter.export([job("a")], force: true)
        #expect(forced[0].status.isMade)
    }

    @Test func aFailureNamesTheBriefAndKeepsTheOthers() throws {
        let fake = try TestSupport.fakeWeasyPrint()
        let outcomes = try exporter(fake).export([job("good"), job("broken-brief"), job("fine")])
        #expect(outcomes.map { $0.artifact != nil } == [true, false, true])
        let failure = try #require(outcomes[1].problems.last)
        #expect(failure.description == "content/briefs/broken-brief.md: error: no PDF: WeasyPrint failed (exit status 1): "
            + "Traceback (most recent call last): | ValueError: this brief cannot be laid out")
    }

    @Test func weasyPrintMessagesAreAttributedToTheBrief() throws {
        let fake = try TestSupport.fakeWeasyPrint()
        let outcome = try exporter(fake).export([job("x")])[0]
        #expect(outcome.problems.map(\.description) == [
            "content/briefs/x.md: warning: weasyprint: Ignored `gap: 1mm` at 12:3, unknown property.",
        ])
    }

    @Test func aBriefThatHangsIsStoppedAndTheOthersFinish() throws {
        let fake = try TestSupport.fakeWeasyPrint()
        let start = Date()
        let outcomes = try exporter(fake, timeout: 1).export([job("slow-brief"), job("quick")])
        #expect(Date().timeIntervalSince(start) < 15)
        #expect(outcomes[0].status == .failed)
        #expect(outcomes[0].problems.last?.message.contains("took longer than 1 s and was stopped") == true)
        #expect(outcomes[1].artifact != nil)
    }

    @Test func runsSeveralWeasyPrintsAtOnce() throws {
        // Each fake run of a "slow" brief would take 60 s; with a 1 s limit (and up to 1 s more
        // to stop it) four of them finish in about 2 s side by side, 8 s one after another.
        let fake = try TestSupport.fakeWeasyPrint()
        let start = Date()
        let outcomes = try exporter(fake, timeout: 1, workers: 4).export((1...4).map { job("slow-\($0)") })
        #expect(outcomes.allSatisfy { $0.status == .failed })
        #expect(Date().timeIntervalSince(start) < 6)
    }
}

extension PDFOutcome.Status {
    var isMade: Bool { if case .made = self { true } else { false } }
}
