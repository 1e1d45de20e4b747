import Foundation

/// Prints how long each build phase took to stderr when `IMPRINT_TIMINGS=1`, for profiling
/// and the benchmark; silent otherwise.
struct PhaseTimer {
    private let enabled = ProcessInfo.processInfo.environment["IMPRINT_TIMINGS"] == "1"
    private var last = DispatchTime.now()

    mutating func mark(_ phase: String) {
        guard enabled else { return }
        let now = DispatchTime.now()
        let seconds = Double(now.uptimeNanoseconds - last.uptimeNanoseconds) / 1e9
        FileHandle.standardError.write(Data(String(format: "  %-12@ %.3f s\n", phase, seconds).utf8))
        last = now
    }
}
