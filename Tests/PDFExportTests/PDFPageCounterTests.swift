import Foundation
import Testing
@testable import PDFExport

@Suite struct PDFPageCounterTests {
    @Test func followsTrailerCatalogAndPageTree() {
        // An outline's /Count comes first in the file; only the page tree root's counts.
        let pdf = """
            %PDF-1.7
            5 0 obj
            << /Type /Outlines /Count 9 >>
            endobj
            1 0 obj
            << /Type /Pages /Kids [ 6 0 R ] /Count 3 >>
            endobj
            3 0 obj
            << /Type /Catalog /Pages 1 0 R /Outlines 5 0 R >>
            endobj
            trailer
            << /Size 7 /Root 3 0 R >>
            %%EOF
            """
        #expect(PDFPageCounter.pages(in: Data(pdf.utf8)) == 3)
    }

    @Test func objectNumbersAreMatchedWhole() {
        // `1 0 obj` must not match inside `11 0 obj`.
        let pdf = """
            %PDF-1.7
            11 0 obj
            << /Type /Pages /Count 40 >>
            endobj
            1 0 obj
            << /Type /Pages /Count 4 >>
            endobj
            2 0 obj
            << /Type /Catalog /Pages 1 0 R >>
            endobj
            trailer
            << /Root 2 0 R >>
            """
        #expect(PDFPageCounter.pages(in: Data(pdf.utf8)) == 4)
    }

    @Test func fallsBackToCountingPageObjects() {
        let pdf = "%PDF-1.5\n4 0 obj << /Type /Page >> endobj 5 0 obj << /Type /Page >> endobj 6 0 obj << /Type /Pages >> endobj"
        #expect(PDFPageCounter.pages(in: Data(pdf.utf8)) == 2)
    }

    @Test func notAPDFHasNoCount() {
        #expect(PDFPageCounter.pages(in: Data("<html></html>".utf8)) == nil)
        #expect(PDFPageCounter.pages(in: Data("%PDF-1.7\n".utf8)) == nil)
    }
}
