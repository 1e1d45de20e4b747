import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Reports PDFs as they are made. Called from several worker threads at once.
public protocol PDFProgress: Sendable {
    /// `total` more PDFs are about to be made (cached ones are not counted); a site in several
    /// languages starts once per language, and the count runs on.
    func start(total: Int)
    func began(_ job: PDFJob)
    func finished(_ job: PDFJob, seconds: Double, failed: Bool)
    func end()
}

/// The progress report that suits standard error: a bar on a terminal, plain lines otherwise
/// (CI logs, pipes), where carriage returns would only make a mess.
public enum PDFProgressReports {
    public static func forStandardError() -> any PDFProgress {
        isatty(STDERR_FILENO) == 1 ? ProgressBar() : ProgressLines()
    }

    static func write(_ text: String) {
        FileHandle.standardError.write(Data(text.utf8))
    }

    /// "1:05", "0:07".
    static func clock(_ seconds: Double) -> String {
        let s = max(0, Int(seconds.rounded()))
        return "\(s / 60):" + (s % 60 < 10 ? "0" : "") + "\(s % 60)"
    }
}
