import Foundation
import SiteModel
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// File-system access for loading: listing folders and reading files, never leaving the site root.
public struct SiteFolder: Sendable {
    public let root: URL
    /// `root.path`, kept: building URLs for every file is slow.
    private let rootPath: String
    /// The root as `realpath(3)` gives it, which `staysInside` compares files with.
    private let realRootPath: String?

    public init(root: URL) {
        self.root = root.standardizedFileURL.resolvingSymlinksInPath()
        rootPath = self.root.path
        realRootPath = Self.realPath(rootPath)
    }

    public func url(_ relative: String) -> URL { root.appendingPathComponent(relative) }

    /// The file-system path of a site-relative path.
    public func path(_ relative: String) -> String {
        relative.isEmpty ? rootPath : rootPath.hasSuffix("/") ? rootPath + relative : rootPath + "/" + relative
    }

    public func exists(_ relative: String) -> Bool {
        FileManager.default.fileExists(atPath: path(relative))
    }

    public func isDirectory(_ relative: String) -> Bool {
        var isDir: ObjCBool = false
        return FileManager.default.fileExists(atPath: path(relative), isDirectory: &isDir) && isDir.boolValue
    }

    /// Names in a folder, sorted, without hidden files; empty when it does not exist.
    public func list(_ relative: String) -> [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: path(relative))) ?? [])
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
        // realpath(3) for a file that exists: one C call, where URL's resolution costs more
        // than reading the file (it ran for every file of the site).
        if let realRootPath, let resolved = Self.realPath(path(relative)) {
            return resolved == realRootPath || resolved.hasPrefix(realRootPath + "/")
        }
        let resolved = url(relative).resolvingSymlinksInPath().standardizedFileURL.path
        return resolved == root.path || resolved.hasPrefix(root.path + "/")
    }

    private static func realPath(_ path: String) -> String? {
        guard let resolved = realpath(path, nil) else { return nil }
        defer { free(resolved) }
        return String(cString: resolved)
    }

    /// The bytes of a regular file, read straight into the array (FileManager's `Data` was
    /// read, then copied); nil when it cannot be read or is not a regular file.
    public func read(_ relative: String) -> [UInt8]? {
        // Non-blocking, so a FIFO named like a brief cannot stall the open; regular files ignore it.
        let fd = open(path(relative), O_RDONLY | O_CLOEXEC | O_NONBLOCK)
        guard fd >= 0 else { return nil }
        defer { close(fd) }
        var info = stat()
        guard fstat(fd, &info) == 0, (info.st_mode & S_IFMT) == S_IFREG else { return nil }
        // One byte more than the size: a file of the size it says ends with a read of 0 bytes
        // into that spare byte, without the array growing.
        var bytes = [UInt8](repeating: 0, count: Int(info.st_size) + 1)
        var filled = 0
        while true {
            if filled == bytes.count { bytes.append(contentsOf: repeatElement(0, count: 64 * 1024)) }
            let n = bytes.withUnsafeMutableBytes { posixRead(fd, $0.baseAddress! + filled, $0.count - filled) }
            if n < 0 {
                if errno == EINTR { continue }
                return nil
            }
            if n == 0 { break }
            filled += n
        }
        bytes.removeLast(bytes.count - filled)
        return bytes
    }
}

/// `read(2)`, named apart from `SiteFolder.read`.
private func posixRead(_ fd: Int32, _ buffer: UnsafeMutableRawPointer, _ count: Int) -> Int {
    read(fd, buffer, count)
}
