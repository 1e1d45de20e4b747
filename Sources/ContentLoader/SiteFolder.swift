import Foundation
import SiteModel

/// File-system access for loading: listing folders and reading files, never leaving the site root.
public struct SiteFolder: Sendable {
    public let root: URL

    public init(root: URL) {
        self.root = root.standardizedFileURL.resolvingSymlinksInPath()
    }

    public func url(_ relative: String) -> URL { root.appendingPathComponent(relative) }

    public func exists(_ relative: String) -> Bool {
        FileManager.default.fileExists(atPath: url(relative).path)
    }

    public func isDirectory(_ relative: String) -> Bool {
        var isDir: ObjCBool = false
        return FileManager.default.fileExists(atPath: url(relative).path, isDirectory: &isDir) && isDir.boolValue
    }

    /// Names in a folder, sorted, without hidden files; empty when it does not exist.
    public func list(_ relative: String) -> [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: url(relative).path)) ?? [])
            .filter { !$0.hasPrefix(".") }
            .sorted()
    }

    /// Every file below a folder (relative to the site root), sorted, hidden files skipped.
    public func files(under relative: String) -> [String] {
        var result: [String] = []
        for name in list(relative) {
            let child = relative.isEmpty ? name : relative + "/" + name
            if isDirectory(child) { result += files(under: child) } else { result.append(child) }
        }
        return result
    }

    /// True when the path, after following symbolic links, is still inside the site folder.
    public func staysInside(_ relative: String) -> Bool {
        let resolved = url(relative).resolvingSymlinksInPath().standardizedFileURL.path
        return resolved == root.path || resolved.hasPrefix(root.path + "/")
    }

    public func read(_ relative: String) -> [UInt8]? {
        guard let data = FileManager.default.contents(atPath: url(relative).path) else { return nil }
        return [UInt8](data)
    }
}
