import Foundation
import SiteModel
import Synchronization
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
    /// The real paths of the folders `staysInside` has met, for the life of this value (one
    /// build): realpath(3) on every file read made one failing readlink(2) per component of
    /// its path — 14,698 of them in a build of 1,000 briefs.
    private let realFolders = RealFolders()

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
    /// Symbolic links are followed only while they stay inside the site (see `walk`).
    public func files(under relative: String) -> [String] {
        walk(under: relative).files
    }

    /// The files below a folder, and the symbolic links below it that lead out of the site (or
    /// nowhere), which are neither listed, read nor walked into: a link to `/etc` in `static/`
    /// would otherwise be published or watched. A folder reached twice through links inside the
    /// site is walked once, so a link to its own parent cannot loop.
    public func walk(under relative: String) -> (files: [String], outside: [String]) {
        var files: [String] = [], outside: [String] = []
        var visited: Set<String> = []
        // The folder itself may be the link (`static -> /home/me`).
        guard relative.isEmpty || staysInside(relative) else { return ([], exists(relative) ? [relative] : []) }
        func visit(_ folder: String) {
            let real = folder.isEmpty || Self.plainFolder(of: folder) != nil ? realFolder(folder) : Self.realPath(path(folder))
            if let real, !visited.insert(real).inserted { return }
            for name in list(folder) {
                let child = folder.isEmpty ? name : folder + "/" + name
                var info = stat()
                guard lstat(path(child), &info) == 0 else { continue }
                var mode = info.st_mode & S_IFMT
                if mode == S_IFLNK {
                    guard staysInside(child), stat(path(child), &info) == 0 else {
                        outside.append(child)
                        continue
                    }
                    mode = info.st_mode & S_IFMT
                }
                if mode == S_IFDIR { visit(child) } else { files.append(child) }
            }
        }
        visit(relative)
        return (files, outside)
    }

    /// True when the path, after following symbolic links, is still inside the site folder.
    public func staysInside(_ relative: String) -> Bool {
        if let realRootPath, let real = plainRealPath(relative) {
            return real.hasPrefix(realRootPath + "/")
        }
        // realpath(3) for a file that exists: one C call, where URL's resolution costs more
        // than reading the file (it ran for every file of the site).
        if let realRootPath, let resolved = Self.realPath(path(relative)) {
            return resolved == realRootPath || resolved.hasPrefix(realRootPath + "/")
        }
        let resolved = url(relative).resolvingSymlinksInPath().standardizedFileURL.path
        return resolved == root.path || resolved.hasPrefix(root.path + "/")
    }

    /// The file a site-relative path names, its symbolic links followed: what a build copies,
    /// so the output never holds a link (which could point anywhere once deployed).
    public func resolvedURL(_ relative: String) -> URL {
        (plainRealPath(relative) ?? Self.realPath(path(relative))).map { URL(fileURLWithPath: $0) } ?? url(relative)
    }

    /// The real path of a plain path (`plainFolder`) whose last part exists and is not a link:
    /// where its folder really is, and its name. One lstat, and the folder's real path once.
    private func plainRealPath(_ relative: String) -> String? {
        var info = stat()
        guard let folder = Self.plainFolder(of: relative), lstat(path(relative), &info) == 0,
              (info.st_mode & S_IFMT) != S_IFLNK, let realFolder = realFolder(folder) else { return nil }
        return realFolder + "/" + relative.split(separator: "/").last!
    }

    /// The real path of a plain folder of the site (`plainFolder`), remembered: a folder that is
    /// not a link is its parent's real path and its name (one lstat), so a thousand brief
    /// bundles cost no realpath(3) each, which made one failing readlink(2) per component.
    func realFolder(_ folder: String) -> String? {
        realFolders.real(folder) {
            guard let slash = folder.lastIndex(of: "/") else {
                guard !folder.isEmpty else { return realRootPath }
                return plainChild(of: realRootPath, folder, name: folder[...])
            }
            return plainChild(of: realFolder(String(folder[..<slash])), folder, name: folder[folder.index(after: slash)...])
        }
    }

    private func plainChild(of realParent: String?, _ folder: String, name: Substring) -> String? {
        var info = stat()
        if let realParent, lstat(path(folder), &info) == 0, (info.st_mode & S_IFMT) == S_IFDIR {
            return realParent + "/" + name
        }
        return Self.realPath(path(folder))
    }

    /// The folder part of a relative path made only of names (no empty part, `.` or `..`, not
    /// absolute); nil for any other path, which takes the slow way.
    static func plainFolder(of relative: String) -> String? {
        let parts = relative.split(separator: "/", omittingEmptySubsequences: false)
        guard !parts.isEmpty, parts.allSatisfy({ !$0.isEmpty && $0 != "." && $0 != ".." }) else { return nil }
        return parts.dropLast().joined(separator: "/")
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
