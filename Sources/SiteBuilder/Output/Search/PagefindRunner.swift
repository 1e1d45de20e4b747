import Foundation
import PDFExport

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
        let shown = command.joined(separator: " ")
        let tool = ExternalTool(name: "Pagefind", executable: URL(fileURLWithPath: executable))
        do {
            _ = try tool.run(arguments, timeout: timeout, environment: environment)
            return .indexed(command: shown)
        } catch {
            switch error {
            case .failed(_, let status, let stderr):
                return .failed("`\(shown)` exited with status \(status)" + Self.tail(stderr))
            case .timedOut:
                return .failed("`\(shown)` did not finish within \(Int(timeout)) s and was stopped")
            default:
                return .failed("`\(shown)` could not be started: \(error)")
            }
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
            let tool = ExternalTool(name: python, executable: URL(fileURLWithPath: executable))
            if (try? tool.run(["-m", "pagefind", "--version"], timeout: 30, environment: environment)) != nil {
                return [python, "-m", "pagefind"]
            }
        }
        return nil
    }

    /// The executable file for `name`: itself when it holds a slash, else the first match on PATH.
    static func resolve(_ name: String, path: String?) -> String? {
        let cwd = URL(fileURLWithPath: FileManager.default.currentDirectoryPath)
        let tool = try? ExternalTool.locate(name: name, command: name, explicitPath: name.contains("/") ? name : nil,
                                            relativeTo: cwd, installHint: "",
                                            environment: ["PATH": path ?? "/usr/local/bin:/usr/bin:/bin"])
        return tool?.executable.path
    }

    /// The last lines of a tool's output, to quote in a message.
    static func tail(_ output: String) -> String {
        let lines = output.split(whereSeparator: \.isNewline).suffix(5).joined(separator: "\n")
        return lines.isEmpty ? "" : ":\n" + lines
    }
}
