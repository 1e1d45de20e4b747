import ArgumentParser
import Foundation

/// Options every site command shares.
struct SiteOptions: ParsableArguments {
    // No default value here: argument-parser would print it after the help's own wording.
    @Option(name: [.customShort("s"), .long], help: ArgumentHelp("The site folder (default: the current directory).", valueName: "folder"))
    var site: String?

    @Option(name: .long, help: ArgumentHelp("Render with this many threads (default: all cores).", valueName: "n"))
    var jobs: Int?

    /// `--jobs`, or every core.
    var threads: Int { jobs ?? ProcessInfo.processInfo.activeProcessorCount }

    var siteURL: URL {
        URL(fileURLWithPath: site ?? ".", relativeTo: URL(fileURLWithPath: FileManager.default.currentDirectoryPath))
            .standardizedFileURL
    }

    /// A program named on the command line: a path is made absolute (relative to the current
    /// folder, not the site); a bare name is left to be looked up on PATH.
    static func toolPath(_ path: String?) -> String? {
        guard let path, path.contains("/") else { return path }
        return URL(fileURLWithPath: path, relativeTo: URL(fileURLWithPath: FileManager.default.currentDirectoryPath))
            .standardizedFileURL.path
    }

    func validate() throws {
        guard threads >= 1 else { throw ValidationError("--jobs must be at least 1") }
        var isDir: ObjCBool = false
        guard FileManager.default.fileExists(atPath: siteURL.path, isDirectory: &isDir), isDir.boolValue else {
            throw ValidationError("--site \(site ?? "."): no such folder")
        }
    }
}
