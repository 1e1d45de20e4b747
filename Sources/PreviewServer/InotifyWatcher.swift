#if canImport(Glibc)
import Foundation
import Glibc

/// Linux's inotify, wrapped: one watch per folder below `content/`, `templates/` and
/// `static/` (new folders are watched as they appear, with the files already in them
/// reported), plus the site folder itself for `site.yaml`. All C calls live in this file.
final class InotifyWatcher: FileWatcher, @unchecked Sendable {
    let root: URL
    var mechanism: String { "inotify" }

    struct Failure: Error, CustomStringConvertible {
        var description: String
    }

    private var fd: Int32 = -1
    /// Watch descriptor → site-relative folder ("" for the site folder).
    private var folders: [Int32: String] = [:]
    private var stopped = false
    private let lock = NSLock()

    private static let mask: UInt32 = UInt32(IN_MODIFY | IN_CLOSE_WRITE | IN_ATTRIB | IN_CREATE | IN_DELETE
        | IN_MOVED_FROM | IN_MOVED_TO | IN_DELETE_SELF | IN_MOVE_SELF)

    init(root: URL) {
        self.root = root
    }

    deinit {
        if fd >= 0 { close(fd) }
    }

    func start(_ onChange: @escaping @Sendable ([String]) -> Void) throws {
        fd = inotify_init1(Int32(IN_NONBLOCK) | Int32(IN_CLOEXEC))
        guard fd >= 0 else { throw Failure(description: "inotify_init1: \(String(cString: strerror(errno)))") }
        try watch("")
        for folder in WatchedPaths.folders { _ = try watchTree(folder) }
        let thread = Thread { [self] in loop(onChange) }
        thread.name = "imprint-inotify"
        thread.start()
    }

    func stop() {
        lock.withLock { stopped = true }
    }

    private var isStopped: Bool { lock.withLock { stopped } }

    /// Adds a watch on one folder; a folder that does not exist (yet) is not an error.
    private func watch(_ relative: String) throws {
        let path = relative.isEmpty ? root.path : root.appendingPathComponent(relative).path
        let wd = inotify_add_watch(fd, path, Self.mask)
        if wd < 0 {
            if errno == ENOENT || errno == ENOTDIR { return }
            throw Failure(description: "cannot watch \(path): \(String(cString: strerror(errno)))")
        }
        lock.withLock { folders[wd] = relative }
    }

    /// Watches a folder and every folder below it; returns the files found in them.
    private func watchTree(_ relative: String) throws -> [String] {
        var visited: Set<String> = []
        return try watchTree(relative, realRoot: PreviewResponder.realPath(root.path) ?? root.path, visited: &visited)
    }

    /// Folders reached through a link that leaves the site are not watched, nor one folder twice.
    private func watchTree(_ relative: String, realRoot: String, visited: inout Set<String>) throws -> [String] {
        var isDirectory: ObjCBool = false
        let url = root.appendingPathComponent(relative)
        guard FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory), isDirectory.boolValue,
              let real = PreviewResponder.realPath(url.path), WatchedPaths.isInside(real, realRoot: realRoot),
              visited.insert(real).inserted else {
            return []
        }
        try watch(relative)
        var files: [String] = []
        for name in (try? FileManager.default.contentsOfDirectory(atPath: url.path)) ?? [] where !name.hasPrefix(".") {
            let child = relative + "/" + name
            var childIsDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: root.appendingPathComponent(child).path, isDirectory: &childIsDirectory)
            else { continue }
            if childIsDirectory.boolValue {
                files += try watchTree(child, realRoot: realRoot, visited: &visited)
            } else {
                files.append(child)
            }
        }
        return files
    }

    private func loop(_ onChange: @Sendable ([String]) -> Void) {
        let size = 64 * 1024
        let buffer = UnsafeMutableRawPointer.allocate(byteCount: size, alignment: 8)
        defer { buffer.deallocate() }
        while !isStopped {
            var request = pollfd(fd: fd, events: Int16(POLLIN), revents: 0)
            let ready = poll(&request, 1, 200)
            if ready < 0 && errno != EINTR { break }
            guard ready > 0 else { continue }
            var changed: [String] = []
            while true {
                let count = read(fd, buffer, size)
                if count <= 0 { break }
                var offset = 0
                while offset + 16 <= count {
                    let wd = buffer.loadUnaligned(fromByteOffset: offset, as: Int32.self)
                    let mask = buffer.loadUnaligned(fromByteOffset: offset + 4, as: UInt32.self)
                    let length = Int(buffer.loadUnaligned(fromByteOffset: offset + 12, as: UInt32.self))
                    var name = ""
                    if length > 0 {
                        let start = buffer.advanced(by: offset + 16).assumingMemoryBound(to: CChar.self)
                        name = String(cString: start)
                    }
                    offset += 16 + length
                    changed += handle(wd: wd, mask: mask, name: name)
                }
            }
            if !changed.isEmpty && !isStopped { onChange(changed) }
        }
    }

    /// The site-relative paths one event is about.
    private func handle(wd: Int32, mask: UInt32, name: String) -> [String] {
        if mask & UInt32(IN_Q_OVERFLOW) != 0 { return [""] }  // events were lost: rescan everything
        if mask & UInt32(IN_IGNORED) != 0 {
            _ = lock.withLock { folders.removeValue(forKey: wd) }
            return []
        }
        guard let folder = lock.withLock({ folders[wd] }) else { return [] }
        if name.isEmpty {
            // The watched folder itself was deleted or moved.
            return mask & UInt32(IN_DELETE_SELF | IN_MOVE_SELF) != 0 && !folder.isEmpty ? [folder] : []
        }
        if name.hasPrefix(".") { return [] }
        let path = folder.isEmpty ? name : folder + "/" + name
        guard WatchedPaths.isWatched(path) else { return [] }
        if mask & UInt32(IN_ISDIR) != 0 && mask & UInt32(IN_CREATE | IN_MOVED_TO) != 0 {
            // Files may have landed in the new folder before its watch existed.
            return [path] + ((try? watchTree(path)) ?? [])
        }
        return [path]
    }
}
#endif
