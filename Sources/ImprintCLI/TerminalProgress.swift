import Dispatch
import Foundation
import SiteBuilder
import Synchronization

/// The progress line on a terminal: the phase and a count ("Rendering briefs 4,210/10,000"),
/// drawn on standard error ten times a second once a build has taken a second, and erased when
/// it ends, so that a quick build prints nothing but its summary.
final class TerminalProgress: BuildProgress, @unchecked Sendable {
    private struct State {
        var phase = ""
        var done = 0
        var total = 0
        var buildStarted: DispatchTime?
        /// What the line shows now, so that an unchanged line is not drawn again.
        var shown: String?
    }

    private let state = Mutex(State())
    private let delay: Double
    private let timer: DispatchSourceTimer
    private let write: @Sendable (String) -> Void

    /// A progress line when standard error is a terminal and neither `--quiet` (nothing but
    /// errors) nor `--verbose` (whose phase lines would tangle with it) was asked for.
    static func forStandardError(_ say: Verbosity) -> TerminalProgress? {
        guard !say.quiet, !say.verbose, Terminal.isTerminal(STDERR_FILENO),
              ProcessInfo.processInfo.environment["TERM"] != "dumb" else { return nil }
        return TerminalProgress { FileHandle.standardError.write(Data($0.utf8)) }
    }

    init(delay: Double = 1, interval: Double = 0.1, write: @escaping @Sendable (String) -> Void) {
        self.delay = delay
        self.write = write
        timer = DispatchSource.makeTimerSource(queue: DispatchQueue(label: "imprint.progress"))
        timer.schedule(deadline: .now() + interval, repeating: interval)
        timer.setEventHandler { [weak self] in self?.draw() }
        timer.resume()
    }

    deinit { timer.cancel() }

    func begin(_ phase: String, total: Int) {
        state.withLock { s in
            s.phase = phase
            s.total = total
            s.done = 0
            if s.buildStarted == nil { s.buildStarted = .now() }
        }
    }

    func advance() {
        state.withLock { $0.done += 1 }
    }

    /// Erases the line; the next build (`serve` rebuilds) starts afresh.
    func finish() {
        state.withLock { s in
            if s.shown != nil { write("\r\u{1B}[K") }
            s = State()
        }
    }

    private func draw() {
        state.withLock { s in
            guard let started = s.buildStarted, !s.phase.isEmpty,
                  Double(DispatchTime.now().uptimeNanoseconds - started.uptimeNanoseconds) / 1e9 >= delay else { return }
            let line = Self.line(phase: s.phase, done: s.done, total: s.total)
            guard line != s.shown else { return }
            write("\r\u{1B}[K" + line)
            s.shown = line
        }
    }

    /// "Rendering briefs 4,210/10,000", or the phase alone when there is nothing to count.
    static func line(phase: String, done: Int, total: Int) -> String {
        total > 0 ? "\(phase) \(grouped(min(done, total)))/\(grouped(total))" : phase + "…"
    }

    /// 10000 → "10,000".
    static func grouped(_ n: Int) -> String {
        let digits = Array(String(n))
        var out = ""
        for (i, digit) in digits.enumerated() {
            if i > 0, (digits.count - i) % 3 == 0 { out.append(",") }
            out.append(digit)
        }
        return out
    }
}
