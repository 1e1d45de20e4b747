import Foundation
import PDFExport
import SiteBuilder

/// Prints the PDF step of a build: WeasyPrint's messages and failures, each attributed to its
/// brief (`content/briefs/x.md: warning: weasyprint: …`), then the general errors.
enum PDFReportPrinter {
    /// With `quiet`, only what failed: WeasyPrint's warnings are left out.
    static func problems(_ report: PDFReport, quiet: Bool = false) {
        var text = report.problems.filter { !quiet || $0.severity == .error }.map { $0.description + "\n" }.joined()
        text += report.errors.map { "error: \($0)\n" }.joined()
        if !report.failed.isEmpty {
            let files = report.failed.map(\.sourcePath).joined(separator: ", ")
            text += "error: \(report.failed.count) PDF\(report.failed.count == 1 ? "" : "s") not made (\(files)); the others were kept\n"
        }
        if !text.isEmpty { DiagnosticPrinter.standardError(text) }
    }
}
