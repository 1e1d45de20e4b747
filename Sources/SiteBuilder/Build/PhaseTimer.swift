import Foundation

/// Prints how long each build phase took to stderr with `--verbose` or `IMPRINT_TIMINGS=1`
/// (for profiling and the benchmark); silent otherwise. CPU time beside wall time shows how many
/// cores a phase kept busy.
struct PhaseTimer {
    private let enabled: Bool
    private var last = DispatchTime.now()
    private var lastCPU = PhaseTimer.cpuSeconds()

    init(verbose: Bool = false) {
        enabled = verbose || ProcessInfo.processInfo.environment["IMPRINT_TIMINGS"] == "1"
    }

    mutating func mark(_ phase: String) {
        guard enabled else { return }
        let now = DispatchTime.now()
        let cpu = Self.cpuSeconds()
        let seconds = Double(now.uptimeNanoseconds - last.uptimeNanoseconds) / 1e9
        let name = phase.count < 14 ? phase + String(repeating: " ", count: 14 - phase.count) : phase
        let line = "  " + name + String(format: " %7.3f s  (cpu %.3f s)\n", seconds, cpu - lastCPU)
        FileHandle.standardError.write(Data(line.utf8))
        last = now
        lastCPU = cpu
    }

    /// A line about the phase just marked (what it did), printed only when timings are.
    func note(_ text: String) {
        guard enabled else { return }
        FileHandle.standardError.write(Data("    \(text)\n".utf8))
    }

    /// User and system time of the whole process so far.
    private static func cpuSeconds() -> Double {
        var usage = rusage()
        #if canImport(Darwin)
        getrusage(RUSAGE_SELF, &usage)
        #else
        getrusage(RUSAGE_SELF.rawValue, &usage)
        #endif
        func seconds(_ t: timeval) -> Double { Double(t.tv_sec) + Double(t.tv_usec) / 1e6 }
        return seconds(usage.ru_utime) + seconds(usage.ru_stime)
    }
}
