import ArgumentParser
import Foundation

/// Options every site command shares.
struct SiteOptions: ParsableArguments {
    @Option(name: .long, help: "The site folder (default: the current directory).")
    var site: String = "."

    @Option(name: .long, help: "Render with this many threads (default: all cores).")
    var jobs: Int = ProcessInfo.processInfo.activeProcessorCount

    var siteURL: URL {
        URL(fileURLWithPath: site, relativeTo: URL(fileURLWithPath: FileManager.default.currentDirectoryPath))
            .standardizedFileURL
    }

    func validate() throws {
        guard jobs >= 1 else { throw ValidationError("--jobs must be at least 1") }
        var isDir: ObjCBool = false
        guard FileManager.default.fileExists(atPath: siteURL.path, isDirectory: &isDir), isDir.boolValue else {
            throw ValidationError("--site \(site): no such folder")
        }
    }
}
