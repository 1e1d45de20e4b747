/// Why an external program could not do its job. Each case reads as one complete sentence,
/// naming the tool and, when it is missing, how to install it.
public enum ExternalToolError: Error, Sendable, Equatable, CustomStringConvertible {
    /// Not on PATH, or not at the path given. `looked` says where we looked.
    case notFound(tool: String, looked: String, installHint: String)
    case notExecutable(tool: String, path: String)
    case launchFailed(tool: String, path: String, reason: String)
    /// Stopped after `seconds`; `stderr` is what it had printed by then.
    case timedOut(tool: String, seconds: Double, stderr: String)
    /// Exited with a non-zero status.
    case failed(tool: String, status: Int32, stderr: String)
    /// Ran, but printed something we cannot read as a version.
    case unreadableVersion(tool: String, output: String)

    public var description: String {
        switch self {
        case .notFound(let tool, let looked, let hint):
            return "\(tool) not found (\(looked)); \(hint)"
        case .notExecutable(let tool, let path):
            return "\(tool) at \(path) is not an executable file"
        case .launchFailed(let tool, let path, let reason):
            return "\(tool) at \(path) could not be started: \(reason)"
        case .timedOut(let tool, let seconds, _):
            return "\(tool) took longer than \(Self.format(seconds)) s and was stopped"
        case .failed(let tool, let status, let stderr):
            let tail = Self.lastLines(stderr)
            return "\(tool) failed (exit status \(status))" + (tail.isEmpty ? "" : ": " + tail)
        case .unreadableVersion(let tool, let output):
            return "\(tool) printed no version we can read: `\(output.prefix(80))`"
        }
    }

    /// The last few non-empty lines, joined: where a Python traceback says what went wrong.
    static func lastLines(_ text: String, count: Int = 3) -> String {
        text.split(whereSeparator: \.isNewline)
            .map { $0.trimmingCharacters(in: .whitespaces) }
            .filter { !$0.isEmpty }
            .suffix(count)
            .joined(separator: " | ")
    }

    static func format(_ seconds: Double) -> String {
        seconds == seconds.rounded() ? String(Int(seconds)) : String(seconds)
    }
}
