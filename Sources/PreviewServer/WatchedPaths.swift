import Foundation

/// What `imprint serve` watches: `site.yaml` and everything below `content/`, `templates/`
/// and `static/` (following symbolic links to folders, as the build does). Hidden files (an
/// editor's swap and backup files, the builder's own temporary names) are not the site's.
enum WatchedPaths {
    static let folders = ["content", "templates", "static", "data", "i18n"]
    static let files = ["site.yaml"]

    /// True for a site-relative path whose changes matter.
    static func isWatched(_ relative: String) -> Bool {
        let parts = relative.split(separator: "/")
        guard let first = parts.first else { return false }
        if parts.contains(where: { $0.hasPrefix(".") }) { return false }
        if parts.count == 1 { return files.contains(String(first)) || folders.contains(String(first)) }
        return folders.contains(String(first))
    }

    /// Every watched file now, site-relative, with a stamp to notice changes.
    static func scan(_ root: URL) -> [String: FileSnapshot] {
        var result: [String: FileSnapshot] = [:]
        for file in files {
            if let s = FileSnapshot(root.appendingPathComponent(file).path) { result[file] = s }
        }
        var visited: Set<String> = []
        let realRoot = PreviewResponder.realPath(root.path) ?? root.path
        func walk(_ relative: String) {
            let url = root.appendingPathComponent(relative)
            guard let real = PreviewResponder.realPath(url.path), isInside(real, realRoot: realRoot),
                  visited.insert(real).inserted,
                  let names = try? FileManager.default.contentsOfDirectory(atPath: url.path) else { return }
            for name in names where !name.hasPrefix(".") {
                let child = relative + "/" + name
                guard let s = FileSnapshot(root.appendingPathComponent(child).path) else { continue }
                if s.isDirectory { walk(child) } else { result[child] = s }
            }
        }
        for folder in folders { walk(folder) }
        return result
    }

    /// True when `real` (a path with its links resolved) is the site folder or lies below it:
    /// a link to a folder outside the site (`static/etc -> /etc`) is never walked or watched.
    static func isInside(_ real: String, realRoot: String) -> Bool {
        real == realRoot || real.hasPrefix(realRoot.hasSuffix("/") ? realRoot : realRoot + "/")
    }
}

/// Size, modification time and identity of a file, following symbolic links.
struct FileSnapshot: Equatable, Sendable {
    var isDirectory: Bool
    var size: Int64
    var modified: Int
    var modifiedNanoseconds: Int
    var inode: UInt64

    init?(_ path: String) {
        var info = stat()
        guard stat(path, &info) == 0 else { return nil }
        isDirectory = info.st_mode & S_IFMT == S_IFDIR
        size = Int64(info.st_size)
        #if canImport(Darwin)
        modified = info.st_mtimespec.tv_sec
        modifiedNanoseconds = info.st_mtimespec.tv_nsec
        #else
        modified = info.st_mtim.tv_sec
        modifiedNanoseconds = info.st_mtim.tv_nsec
        #endif
        inode = UInt64(info.st_ino)
    }
}
