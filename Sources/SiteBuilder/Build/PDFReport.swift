import PDFExport

/// What the PDF step of a build did.
public struct PDFReport: Sendable {
    /// Problems that are not one brief's: WeasyPrint missing, an unknown slug, no print template.
    public var errors: [String] = []
    /// True when nothing was written because of `errors` (the tool is missing).
    public var stoppedBuild = false
    /// `WeasyPrint 57.2 pdf/ua-1`.
    public var tool: String?
    public var outcomes: [PDFOutcome] = []
    /// PDFs copied into the output, made now or cached.
    public var published = 0
    public var seconds: Double = 0

    public var problems: [PDFProblem] { outcomes.flatMap(\.problems) }
    public var failed: [PDFOutcome] { outcomes.filter { $0.status == .failed } }
    public var hasErrors: Bool { !errors.isEmpty || !failed.isEmpty }

    /// `PDFs: 2 made, 7 unchanged, 1 failed; 9 in the site (12.3 s, WeasyPrint 57.2)`
    public var summary: String {
        let made = outcomes.count { if case .made = $0.status { return true } else { return false } }
        let unchanged = outcomes.count { $0.status == .unchanged }
        var parts = ["\(made) made", "\(unchanged) unchanged"]
        if !failed.isEmpty { parts.append("\(failed.count) failed") }
        let tool = tool.map { ", " + $0 } ?? ""
        return "PDFs: " + parts.joined(separator: ", ") + "; \(published) in the site ("
            + String(format: "%.2f s", seconds) + tool + ")"
    }
}
