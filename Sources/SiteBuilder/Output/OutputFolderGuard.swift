import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Decides whether a folder may be replaced by a build (or emptied by the preview). A folder is
/// only ever replaced when it is absent, empty, or carries the marker a previous build wrote;
/// never when it is the site, holds a site or a repository, or lies in one of the site's source
/// folders — not even with `--force`, which only overrides the marker.
struct OutputFolderGuard {
    /// The file every build writes at the top of its output.
    static let marker = ".imprint-build"
    static let markerText = "This folder is written by `imprint build`; each build replaces all of it.\n"
    /// The site's folders and files Imprint reads: an output there would delete them.
    static let sources = ["content", "templates", "static", "site.yaml"]

    let siteRoot: URL
    /// The option that named the folder, for messages (`--output`).
    var option = "--output"

    /// The output folder with its symbolic links resolved, or why it may not be replaced.
    func check(_ output: URL, force: Bool) throws(OutputFailure) -> URL {
        let out = Self.resolved(output)
        let root = Self.resolved(siteRoot)
        func refuse(_ why: String) -> OutputFailure { .unsafeOutput("the output folder \(out.path) \(why)") }
        if out.path == "/" || out.path == root.path || root.path.hasPrefix(out.path + "/") {
            throw refuse("would replace the site itself; choose another \(option)")
        }
        for source in Self.sources {
            let folder = Self.resolved(root.appendingPathComponent(source)).path
            if out.path == folder || out.path.hasPrefix(folder + "/") {
                throw refuse("is the site's source \(source == "site.yaml" ? "file" : "folder") \(source)\(out.path == folder ? "" : " or lies inside it"); building there would delete the sources. Choose another \(option) (the default is \(root.path)/public)")
            }
        }
        var info = stat()
        guard lstat(out.path, &info) == 0 else { return out }   // absent: nothing to replace
        guard (info.st_mode & S_IFMT) == S_IFDIR else {
            throw refuse("is a file, not a folder; refusing to replace it")
        }
        let names = (try? FileManager.default.contentsOfDirectory(atPath: out.path)) ?? []
        for marker in ["site.yaml", "content", "Package.swift", ".git"] where names.contains(marker) {
            throw refuse("contains \(marker), so it is not a built site; refusing to replace it")
        }
        if !names.isEmpty, !names.contains(Self.marker), !force {
            throw refuse("already holds files that no Imprint build wrote (it has no \(Self.marker)); refusing to replace them. Empty it, choose another \(option), or pass --force to replace it")
        }
        return out
    }

    /// The absolute path with every symbolic link resolved, for the part of it that exists.
    static func resolved(_ url: URL) -> URL {
        var existing = url.standardizedFileURL
        var rest: [String] = []
        while existing.path != "/" {
            if let real = realpath(existing.path, nil) {
                defer { free(real) }
                var result = URL(fileURLWithPath: String(cString: real))
                for name in rest.reversed() { result.appendPathComponent(name) }
                return result.standardizedFileURL
            }
            rest.append(existing.lastPathComponent)
            existing.deleteLastPathComponent()
        }
        return url.standardizedFileURL
    }
}
