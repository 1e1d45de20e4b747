/// Why a build's output could not be prepared or put in place; reported as `write-failed`,
/// the code scripts already rely on for an output left as it was.
enum OutputFailure: Error, CustomStringConvertible {
    /// The folder may not be replaced (it is a source folder, a file, or foreign files).
    case unsafeOutput(String)
    case io(String)

    var description: String {
        switch self {
        case .unsafeOutput(let s), .io(let s): return s
        }
    }
}
