import Foundation
import Testing
@testable import SiteBuilder

/// A brief links its PDF, and says `citation_pdf_url`, only when `briefs/<slug>/<slug>.pdf`
/// exists in the output the build replaces; the build carries that PDF into the new output.
@Suite struct AvailablePDFsTests {
    @Test func linksAndCarriesExistingPDFsOnly() throws {
        let root = try SyntheticSite.write(briefs: [
            "no-pdf": "---\ntitle: No PDF Wanted\ndate: 2022-02-02\nauthors: [jose]\npdf: false\n---\nText.\n",
        ])
        let output = try SyntheticSite.build(root)
        #expect(!(try SyntheticSite.read(output, "briefs/tricky/index.html")).contains("citation_pdf_url"))

        let pdf = Data("%PDF-1.7 test".utf8)
        try pdf.write(to: output.appendingPathComponent("briefs/tricky/tricky.pdf"))
        try pdf.write(to: output.appendingPathComponent("briefs/no-pdf/no-pdf.pdf"))
        _ = try SyntheticSite.build(root, output: output)

        let head = HTMLHead(html: try SyntheticSite.read(output, "briefs/tricky/index.html"))
        #expect(head.value("citation_pdf_url") == SyntheticSite.baseURL + "briefs/tricky/tricky.pdf")
        #expect(ZoteroEmbeddedMetadata(head).pdfURLs == [SyntheticSite.baseURL + "briefs/tricky/tricky.pdf"])
        #expect(head.html.contains(#"<a class="button" href="/think/briefs/tricky/tricky.pdf">Download PDF</a>"#))
        #expect(try Data(contentsOf: output.appendingPathComponent("briefs/tricky/tricky.pdf")) == pdf,
                "the PDF survives the rebuild")
        let jsonLD = try JSONSerialization.jsonObject(with: Data(head.jsonLD[0].utf8)) as? [String: Any]
        #expect((jsonLD?["encoding"] as? [String: Any])?["contentUrl"] as? String == SyntheticSite.baseURL + "briefs/tricky/tricky.pdf")

        #expect(HTMLHead(html: try SyntheticSite.read(output, "briefs/middle/index.html")).value("citation_pdf_url") == nil)
        #expect(HTMLHead(html: try SyntheticSite.read(output, "briefs/no-pdf/index.html")).value("citation_pdf_url") == nil,
                "`pdf: false` never links a PDF")
        #expect(!FileManager.default.fileExists(atPath: output.appendingPathComponent("briefs/no-pdf/no-pdf.pdf").path))
    }
}
