import Foundation
import SiteModel

/// What a build or check did: diagnostics always, counts when pages were written.
public struct BuildResult: Sendable {
    public var diagnostics: [Diagnostic]
    public var pageCount: Int
    public var briefCount: Int
    public var seconds: Double
    /// True when the output folder was replaced.
    public var wrote: Bool
    /// The PDF step, when PDFs were asked for.
    public var pdf: PDFReport? = nil
    /// True when nothing had changed since the last build into the same folder, so nothing
    /// was rendered or written (the diagnostics are that build's).
    public var upToDate = false
    /// Briefs left out until their release, soonest first.
    public var embargoed: [Embargo] = []
    /// Briefs given a series number by this build (`path: number`), now in series-numbers.json.
    public var numbered: [String] = []

    public var hasErrors: Bool { diagnostics.contains { $0.severity == .error } || pdf?.hasErrors == true }

    /// `Built 214 pages from 12 briefs in 0.41 s`
    public var summary: String {
        if upToDate {
            return "Up to date: \(pageCount) pages from \(briefCount) brief\(briefCount == 1 ? "" : "s"), nothing changed since the last build ("
                + String(format: "%.2f s", seconds) + ")"
        }
        return "Built \(pageCount) pages from \(briefCount) brief\(briefCount == 1 ? "" : "s") in "
            + String(format: "%.2f s", seconds)
    }
}
