import Testing
import SiteModel
@testable import ContentLoader

/// site.yaml `pdf: { weasyprint, paper, timeout }`.
@Suite struct SiteConfigPDFTests {
    func decode(_ pdf: String) -> (SiteConfig?, [Diagnostic]) {
        SiteConfigDecoder.decode(Array("title: T\nbase_url: https://example.org/\n\(pdf)".utf8))
    }

    @Test func defaultsWithoutTheBlock() throws {
        let (config, diagnostics) = decode("")
        #expect(diagnostics.isEmpty)
        #expect(try #require(config).pdf == PDFSettings(weasyprint: nil, paper: .a4, timeout: 180))
    }

    @Test func readsEveryKey() throws {
        let (config, diagnostics) = decode("pdf:\n  weasyprint: tools/weasyprint\n  paper: Letter\n  timeout: 60\n")
        #expect(diagnostics.isEmpty, "\(diagnostics)")
        #expect(try #require(config).pdf == PDFSettings(weasyprint: "tools/weasyprint", paper: .letter, timeout: 60))
        #expect(PDFSettings.Paper.letter.cssSize == "letter")
    }

    @Test func mistakesAreLocated() {
        let (_, diagnostics) = decode("pdf:\n  paper: a5\n  timout: 60\n")
        #expect(diagnostics.map(\.description).sorted() == [
            "site.yaml:5:3: warning: unknown key `timout`; did you mean `timeout`? [unknown-key]",
            "site.yaml:4:10: error: `paper` must be `a4` or `letter`, not `a5` [wrong-type]",
        ].sorted())
    }
}
