import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The one way Imprint runs another program: found and checked before use, given a time
/// limit, its output captured in files (a pipe could fill and block it), and every failure
/// turned into an `ExternalToolError` that names the tool.
public struct ExternalTool: Sendable {
    /// The name people know it by, e.g. "WeasyPrint".
    public let name: String
    public let executable: URL

    public init(name: String, executable: URL) {
        self.name = name
        self.executable = executable
    }

    /// Finds the program: `explicitPath` when given (a bare name is looked up on PATH, a path
    /// is taken relative to `directory`), otherwise `command` on PATH.
    public static func locate(
        name: String, command: String, explicitPath: String?, relativeTo directory: URL,
        installHint: String, environment: [String: String] = ProcessInfo.processInfo.environment
    ) throws(ExternalToolError) -> ExternalTool {
        let fm = FileManager.default
        if let explicitPath, explicitPath.contains("/") {
            let url = URL(fileURLWithPath: explicitPath, relativeTo: directory).standardizedFileURL
            var isDirectory: ObjCBool = false
            guard fm.fileExists(atPath: url.path, isDirectory: &isDirectory) else {
                throw .notFound(tool: name, looked: "no file at \(url.path)", installHint: installHint)
            }
            guard !isDirectory.boolValue, fm.isExecutableFile(atPath: url.path) else {
                throw .notExecutable(tool: name, path: url.path)
            }
            return ExternalTool(name: name, executable: url)
        }
        let wanted = explicitPath ?? command
        let path = environment["PATH"] ?? "/usr/local/bin:/usr/bin:/bin"
        for folder in path.split(separator: ":") where !folder.isEmpty {
            let candidate = URL(fileURLWithPath: String(folder)).appendingPathComponent(wanted)
            var isDirectory: ObjCBool = false
            if fm.fileExists(atPath: candidate.path, isDirectory: &isDirectory), !isDirectory.boolValue,
               fm.isExecutableFile(atPath: candidate.path) {
                return ExternalTool(name: name, executable: candidate)
            }
        }
        throw .notFound(tool: name, looked: "no `\(wanted)` on PATH", installHint: installHint)
    }

    /// Runs the program and waits at most `timeout` seconds; past that it is sent SIGTERM,
    /// then, a second later, SIGKILL. Throws `.failed` for a non-zero exit status. The program
    /// gets `environment` when given, else Imprint's own.
    public func run(_ arguments: [String], timeout: Double,
                    environment: [String: String]? = nil) throws(ExternalToolError) -> ToolOutput {
        let fm = FileManager.default
        let scratch = fm.temporaryDirectory.appendingPathComponent("imprint-tool-\(UUID().uuidString)")
        let outURL = scratch.appendingPathExtension("out"), errURL = scratch.appendingPathExtension("err")
        guard fm.createFile(atPath: outURL.path, contents: nil), fm.createFile(atPath: errURL.path, contents: nil),
              let outHandle = try? FileHandle(forWritingTo: outURL), let errHandle = try? FileHandle(forWritingTo: errURL)
        else {
            throw .launchFailed(tool: name, path: executable.path, reason: "cannot create files in \(fm.temporaryDirectory.path)")
        }
        defer {
            try? outHandle.close()
            try? errHandle.close()
            try? fm.removeItem(at: outURL)
            try? fm.removeItem(at: errURL)
        }
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        if let environment { process.environment = environment }
        process.standardInput = FileHandle.nullDevice
        process.standardOutput = outHandle
        process.standardError = errHandle
        let exited = DispatchSemaphore(value: 0)
        process.terminationHandler = { _ in exited.signal() }
        do {
            try process.run()
        } catch {
            throw .launchFailed(tool: name, path: executable.path, reason: error.localizedDescription)
        }
        if exited.wait(timeout: .now() + timeout) == .timedOut {
            // SIGTERM first; SIGKILL when it is ignored (a child inherits a blocked signal mask).
            process.terminate()
            if exited.wait(timeout: .now() + 1) == .timedOut {
                kill(process.processIdentifier, SIGKILL)
                exited.wait()
            }
            throw .timedOut(tool: name, seconds: timeout, stderr: Self.text(errURL))
        }
        let output = ToolOutput(status: process.terminationStatus, stdout: Self.text(outURL), stderr: Self.text(errURL))
        guard output.status == 0 else { throw .failed(tool: name, status: output.status, stderr: output.stderr) }
        return output
    }

    /// Size and modification time of the executable (after symbolic links): when they change,
    /// the program may be another version.
    public var fingerprint: String {
        let resolved = executable.resolvingSymlinksInPath()
        let attributes = (try? FileManager.default.attributesOfItem(atPath: resolved.path)) ?? [:]
        let size = (attributes[.size] as? NSNumber)?.int64Value ?? -1
        let modified = (attributes[.modificationDate] as? Date)?.timeIntervalSince1970 ?? 0
        return "\(resolved.path) \(size) \(modified)"
    }

    private static func text(_ url: URL) -> String {
        String(decoding: FileManager.default.contents(atPath: url.path) ?? Data(), as: UTF8.self)
    }
}
