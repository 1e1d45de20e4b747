import ArgumentParser
import Foundation

/// Where `imprint new …` writes: a site folder, checked to be one, and files that are never
/// written over.
struct ScaffoldFolder {
    let root: URL

    init(_ site: String?) {
        root = URL(fileURLWithPath: site ?? ".", relativeTo: URL(fileURLWithPath: FileManager.default.currentDirectoryPath))
            .standardizedFileURL
    }

    /// Outside a site a new file would be a stray no build reads.
    func requireSite() throws {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: root.appendingPathComponent("site.yaml").path, isDirectory: &isDirectory),
              !isDirectory.boolValue else {
            throw ValidationError("\(root.path) is not an Imprint site (it has no site.yaml): run this inside a site, or pass --site <folder>")
        }
    }

    func exists(_ path: String) -> Bool {
        FileManager.default.fileExists(atPath: root.appendingPathComponent(path).path)
    }

    /// Stops with an error when any of these paths exists: nothing is written over.
    func refuseExisting(_ paths: [String], advice: String) throws {
        if let taken = paths.first(where: exists) {
            DiagnosticPrinter.standardError("error: \(taken) already exists; \(advice)\n")
            throw ExitCode(ExitStatus.contentErrors)
        }
    }

    func write(_ path: String, _ text: String) throws {
        let file = root.appendingPathComponent(path)
        try FileManager.default.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(text.utf8).write(to: file, options: .atomic)
    }
}
