import Foundation

/// A one-line bar on a terminal, redrawn in place:
/// `[##########..........] 5/10  pricing-water  0:12 left`.
final class ProgressBar: PDFProgress, @unchecked Sendable {
    private let lock = NSLock()
    private var total = 0
    private var done = 0
    private var current = ""
    private var started = Date()
    static let width = 24

    func start(total: Int) {
        lock.withLock {
            if self.total == 0 { started = Date() }
            self.total += total
        }
    }

    func began(_ job: PDFJob) {
        lock.withLock {
            current = job.slug
            draw()
        }
    }

    func finished(_ job: PDFJob, seconds: Double, failed: Bool) {
        lock.withLock {
            done += 1
            draw()
        }
    }

    func end() {
        lock.withLock { if total > 0 { PDFProgressReports.write("\r\u{1B}[2K") } }
    }

    /// Time left: the average so far (which already reflects the parallel jobs) times what remains.
    private func draw() {
        guard total > 0 else { return }
        let filled = Self.width * done / total
        let bar = String(repeating: "#", count: filled) + String(repeating: ".", count: Self.width - filled)
        let elapsed = Date().timeIntervalSince(started)
        let left = done == 0 ? "" : "  " + PDFProgressReports.clock(elapsed / Double(done) * Double(total - done)) + " left"
        let name = current.count > 32 ? current.prefix(31) + "…" : current
        PDFProgressReports.write("\r\u{1B}[2K[\(bar)] \(done)/\(total)  \(name)\(left)")
    }
}
