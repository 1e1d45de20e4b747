import Foundation

/// One line per finished PDF: `PDF 3/10 content/briefs/x.md (2.4 s)`.
final class ProgressLines: PDFProgress, @unchecked Sendable {
    private let lock = NSLock()
    private var total = 0
    private var done = 0

    func start(total: Int) { lock.withLock { self.total += total } }

    func began(_ job: PDFJob) {}

    func finished(_ job: PDFJob, seconds: Double, failed: Bool) {
        let line = lock.withLock { () -> String in
            done += 1
            let outcome = failed ? "failed" : String(format: "%.1f s", seconds)
            return "PDF \(done)/\(total) \(job.sourcePath) (\(outcome))\n"
        }
        PDFProgressReports.write(line)
    }

    func end() {}
}
