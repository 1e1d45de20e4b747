import Foundation
import Testing
@testable import PDFExport

@Suite struct WeasyPrintTests {
    @Test func readsTheVersion() {
        #expect(WeasyPrint.parseVersion("WeasyPrint version 57.2\n") == "57.2")
        #expect(WeasyPrint.parseVersion("command not found") == nil)
    }

    @Test func messagesLoseTheirLevelAndTheExperimentalNotice() {
        let stderr = """
            WARNING: Ignored `gap: 3mm` at 156:3, unknown property.
            ERROR: Failed to load image at "file:///x.png"
            WARNING: PDF/UA support is experimental, generated PDF files are not guaranteed to be valid.

            """
        #expect(WeasyPrint.messages(stderr) == ["Ignored `gap: 3mm` at 156:3, unknown property.", #"Failed to load image at "file:///x.png""#])
    }

    @Test func versionAndFeaturesAreReadOnceThenRememberedUntilTheProgramChanges() throws {
        let fake = try TestSupport.fakeWeasyPrint()
        let cache = PDFCache(siteRoot: TestSupport.temporaryDirectory())
        let first = try WeasyPrint.locate(explicitPath: fake.path, relativeTo: URL(fileURLWithPath: "/"), cache: cache)
        #expect(first.version == "57.2")
        #expect(first.supportsPDFUA)
        #expect(first.identity == "WeasyPrint 57.2 pdf/ua-1")
        #expect(cache.toolRecord()?.version == "57.2")

        // Same program: the remembered answer, even if the program would now say otherwise.
        var record = try #require(cache.toolRecord())
        record.version = "57.2-remembered"
        cache.storeToolRecord(record)
        #expect(try WeasyPrint.locate(explicitPath: fake.path, relativeTo: URL(fileURLWithPath: "/"), cache: cache).version == "57.2-remembered")

        // A changed program (another size) is asked again.
        try Data((try String(contentsOf: fake, encoding: .utf8) + "\n# upgraded\n").utf8).write(to: fake)
        #expect(try WeasyPrint.locate(explicitPath: fake.path, relativeTo: URL(fileURLWithPath: "/"), cache: cache).version == "57.2")
    }
}
