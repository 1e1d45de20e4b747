import Foundation

/// Runs Pagefind (PyPI `pagefind[bin]`) over a built site, writing its search index and UI to
/// `pagefind/` inside it. The one place Imprint starts Pagefind: it finds the tool, runs it with
/// a time limit, and says plainly when the tool is missing or fails. Search is an extra, so
/// neither ever fails a build; the caller turns them into warnings.
public struct PagefindRunner: Sendable {
    /// The command to run, e.g. `["/usr/local/bin/pagefind"]`; nil finds it: `pagefind` or
    /// `pagefind_extended` on `PATH`, else `python3 -m pagefind` when that module is installed.
    public var command: [String]?
    public var environment: [String: String]
    /// Seconds before a run is stopped.
    public var timeout: Double

    public init(command: [String]? = nil, environment: [String: String] = ProcessInfo.processInfo.environment,
                timeout: Double = 300) {
        self.command = command
        self.environment = environment
        self.timeout = timeout
    }

    public enum Outcome: Sendable, Equatable {
        /// The index was written; the command that wrote it.
        case indexed(command: String)
        /// Pagefind is not installed (or the given command does not exist).
        case missing(String)
        /// Pagefind ran and failed, or took too long; its output.
        case failed(String)
    }

    /// Indexes the HTML of `site` (a folder), writing `site/pagefind/`; text inside elements
    /// matching `excludeSelectors` is left out of the index.
    public func index(site: URL, excludeSelectors: [String] = []) -> Outcome {
        guard let command = command ?? locate() else {
            return .missing("Pagefind is not installed, so the site has no search index and /search/ will not work; "
                + "install it with `python3 -m pip install 'pagefind[bin]'`, or turn search off in site.yaml")
        }
        guard let executable = Self.resolve(command[0], path: environment["PATH"]) else {
            return .missing("the Pagefind command `\(command[0])` does not exist; no search index was written")
        }
        let arguments = Array(command.dropFirst()) + [
            "--site", site.path, "--output-subdir", URLScheme.pagefindFolder, "--silent",
        ] + (excludeSelectors.isEmpty ? [] : ["--exclude-selectors", excludeSelectors.joined(separator: ", ")])
        let result = Self.run(executable, arguments, environment: environment, timeout: timeout)
        let shown = command.joined(separator: " ")
        switch result {
        case .exited(0, _): return .indexed(command: shown)
        case .exited(let status, let output):
            return .failed("`\(shown)` exited with status \(status)" + Self.tail(output))
        case .timedOut:
            return .failed("`\(shown)` did not finish within \(Int(timeout)) s and was stopped")
        case .couldNotStart(let reason):
            return .failed("`\(shown)` could not be started: \(reason)")
        }
    }

    /// `pagefind` or `pagefind_extended` on PATH, else a Python that has the `pagefind` module.
    func locate() -> [String]? {
        let path = environment["PATH"]
        for name in ["pagefind", "pagefind_extended"] where Self.resolve(name, path: path) != nil {
            return [name]
        }
        for python in ["python3", "python"] {
            guard let executable = Self.resolve(python, path: path) else { continue }
            if case .exited(0, _) = Self.run(executable, ["-m", "pagefind", "--version"], environment: environment, timeout: 30) {
                return [python, "-m", "pagefind"]
            }
        }
        return nil
    }

    /// The executable file for `name`: itself when it holds a slash, else the first match on PATH.
    static func resolve(_ name: String, path: String?) -> String? {
        let fm = FileManager.default
        if name.contains("/") { return fm.isExecutableFile(atPath: name) ? name : nil }
        for folder in (path ?? "/usr/local/bin:/usr/bin:/bin").split(separator: ":") {
            let candidate = String(folder) + "/" + name
            if fm.isExecutableFile(atPath: candidate) { return candidate }
        }
        return nil
    }

    enum RunResult {
        case exited(Int32, String)
        case timedOut
        case couldNotStart(String)
    }

    /// Runs a program with its output in a temporary file (no pipe to fill up), stopping it after `timeout`.
    static func run(_ executable: String, _ arguments: [String], environment: [String: String], timeout: Double) -> RunResult {
        let fm = FileManager.default
        let log = fm.temporaryDirectory.appendingPathComponent("imprint-pagefind-\(UUID().uuidString).log")
        guard fm.createFile(atPath: log.path, contents: nil), let handle = try? FileHandle(forWritingTo: log) else {
            return .couldNotStart("cannot create a log file in \(fm.temporaryDirectory.path)")
        }
        defer {
            try? handle.close()
            try? fm.removeItem(at: log)
        }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        process.environment = environment
        process.standardInput = FileHandle.nullDevice
        process.standardOutput = handle
        process.standardError = handle
        let done = DispatchSemaphore(value: 0)
        process.terminationHandler = { _ in done.signal() }
        do {
            try process.run()
        } catch {
            return .couldNotStart(error.localizedDescription)
        }
        if done.wait(timeout: .now() + timeout) == .timedOut {
            // SIGTERM first, SIGKILL when that is ignored. A grandchild (the binary that
            // `python3 -m pagefind` starts) may outlive both; it is not waited for.
            process.terminate()
            if done.wait(timeout: .now() + 2) == .timedOut {
                kill(process.processIdentifier, SIGKILL)
                _ = done.wait(timeout: .now() + 2)
            }
            return .timedOut
        }
        let output = (try? String(contentsOf: log, encoding: .utf8)) ?? ""
        return .exited(process.terminationStatus, output)
    }

    /// The last lines of a tool's output, to quote in a message.
    static func tail(_ output: String) -> String {
        let lines = output.split(whereSeparator: \.isNewline).suffix(5).joined(separator: "\n")
        return lines.isEmpty ? "" : ":\n" + lines
    }
}
