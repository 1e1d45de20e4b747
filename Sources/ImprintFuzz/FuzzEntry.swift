/// libFuzzer calls this for every input (`scripts/robustness.sh`); `IMPRINT_FUZZ_TARGET`
/// (brief, site, people or image; brief when unset) says what the input is.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOneInput(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    FuzzHarness.run(Array(UnsafeBufferPointer(start: data, count: size)))
    return 0
}

#if FUZZING
/// libFuzzer's driver, started from our own entry point: SwiftPM links an executable target's
/// `main` to `<module>_main`, so libFuzzer's own `main` cannot be used.
@_silgen_name("LLVMFuzzerRunDriver")
func runFuzzerDriver(
    _ argc: UnsafeMutablePointer<CInt>,
    _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?>,
    _ callback: @convention(c) (UnsafePointer<UInt8>, Int) -> CInt
) -> CInt

@_cdecl("imprint_fuzz_main")
func fuzzMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
    _ = FuzzTarget.selected  // an unknown target stops here, before any input
    var count = argc
    var arguments = argv
    return runFuzzerDriver(&count, &arguments) { data, size in fuzzOneInput(data, size) }
}
#else
import Foundation

/// Without libFuzzer the target replays inputs: `imprint-fuzz FILE...` (e.g. the corpus), with
/// the same `IMPRINT_FUZZ_TARGET` as the run that found them.
@main
struct FuzzReplay {
    static func main() {
        _ = FuzzTarget.selected
        for path in CommandLine.arguments.dropFirst() {
            guard let data = FileManager.default.contents(atPath: path) else { continue }
            FuzzHarness.run([UInt8](data))
        }
    }
}
#endif
