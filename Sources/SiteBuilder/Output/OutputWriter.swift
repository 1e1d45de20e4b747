import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Writes a build into a staging folder next to the output and swaps it in only when the
/// whole build succeeded, so a failed build never leaves a half-written site. The output is
/// checked first (`OutputFolderGuard`) and locked from `prepare` to `commit` or `discard`.
struct OutputWriter: Sendable {
    typealias Failure = OutputFailure
    let output: URL
    let staging: URL
    private let folders = CreatedFolders()
    private let lock = LockHolder()

    /// Refuses an output folder that would replace the site, its sources or files no build wrote.
    init(output: URL, siteRoot: URL, force: Bool = false) throws {
        let out = try OutputFolderGuard(siteRoot: siteRoot).check(output, force: force)
        self.output = out
        staging = out.deletingLastPathComponent().appendingPathComponent(Self.prefix(out) + "staging-\(ProcessInfo.processInfo.processIdentifier)")
    }

    /// `.public.imprint-`: the start of the names of a build's folders beside its output.
    private static func prefix(_ output: URL) -> String { "." + output.lastPathComponent + ".imprint-" }

    /// Takes the output's lock, puts back an output a killed build had moved aside, removes the
    /// staging folders of killed builds, and creates this build's staging folder with the marker.
    func prepare() throws {
        let fm = FileManager.default
        do {
            // The folder that holds the output is where the lock is taken; it may not exist yet.
            try fm.createDirectory(at: output.deletingLastPathComponent(), withIntermediateDirectories: true)
        } catch {
            throw Failure.io("cannot create \(output.deletingLastPathComponent().path): \(error.localizedDescription)")
        }
        lock.held = try OutputLock(output: output)
        recover()
        do {
            try fm.createDirectory(at: staging, withIntermediateDirectories: true)
            try PlainFile.write(Data(OutputFolderGuard.markerText.utf8), to: staging.path + "/" + OutputFolderGuard.marker,
                                name: OutputFolderGuard.marker)
        } catch {
            lock.release()
            throw Failure.io("cannot create \(staging.path): \(error)")
        }
    }

    /// Under the lock, every staging or set-aside folder of this output belongs to a build that
    /// died. A set-aside output with no output in its place is the last complete site: restored.
    private func recover() {
        let fm = FileManager.default
        let parent = output.deletingLastPathComponent()
        let prefix = Self.prefix(output)
        let names = ((try? fm.contentsOfDirectory(atPath: parent.path)) ?? []).filter { $0.hasPrefix(prefix) }
        if !fm.fileExists(atPath: output.path), let old = names.filter({ $0.hasPrefix(prefix + "old-") }).sorted().last {
            try? fm.moveItem(at: parent.appendingPathComponent(old), to: output)
        }
        for name in names where name.hasPrefix(prefix + "staging-") || name.hasPrefix(prefix + "old-") {
            try? fm.removeItem(at: parent.appendingPathComponent(name))
        }
    }

    /// Writes one file below the staging folder; `path` is output-relative and already safe.
    func write(_ path: String, _ data: Data) throws {
        let target = try prepareTarget(path)
        if reuseUnchanged(path, target, data) { return }
        // Durability comes from the final rename of the whole folder.
        do {
            try PlainFile.write(data, to: target, name: path)
        } catch {
            throw Failure.io(error.message)
        }
    }

    /// The staging path of output-relative `path` (already safe), its folder created.
    private func prepareTarget(_ path: String) throws -> String {
        precondition(!path.hasPrefix("/") && !path.split(separator: "/").contains(".."), "unsafe output path \(path)")
        do {
            let slash = path.lastIndex(of: "/")
            try folders.ensure(slash.map { staging.path + "/" + path[..<$0] } ?? staging.path)
        } catch {
            throw Failure.io("cannot create the folder for \(path): \(error.localizedDescription)")
        }
        return staging.path + "/" + path
    }

    /// A file whose bytes did not change is hard-linked from the previous output instead of
    /// written: it keeps its modification time, so rsync and object-store syncs move only what
    /// changed. Any doubt (no old file, another size, a failed link) means a normal write.
    private func reuseUnchanged(_ path: String, _ target: String, _ data: Data) -> Bool {
        let old = output.path + "/" + path
        var info = stat()
        guard lstat(old, &info) == 0, (info.st_mode & S_IFMT) == S_IFREG, Int(info.st_size) == data.count,
              FileManager.default.contents(atPath: old) == data else { return false }
        return link(old, target) == 0
    }

    /// Copies a file of the site (a static file, an image beside its brief) into the staging
    /// folder. The copy keeps the source's modification time, so the next build knows an
    /// unchanged file's previous copy without reading either (a site's heroes run to gigabytes)
    /// and hard-links it, and syncs see it unchanged: same size and modification time, and the
    /// source last changed before the copy was made (its change time, which no program can set
    /// back, is older than the copy's), so a same-size file put in place with `cp -p` is copied.
    func copy(from source: URL, to path: String) throws {
        let target = try prepareTarget(path)
        unlink(target)
        var from = stat(), old = stat()
        guard stat(source.path, &from) == 0 else {
            throw Failure.io("cannot copy \(source.path) to \(path): \(String(cString: strerror(errno)))")
        }
        if lstat(output.path + "/" + path, &old) == 0, (old.st_mode & S_IFMT) == S_IFREG, old.st_size == from.st_size,
           Self.times(old).modified == Self.times(from).modified,
           Self.times(from).changed.lexicographicallyPrecedes(Self.times(old).changed),
           link(output.path + "/" + path, target) == 0 {
            return
        }
        do {
            try FileManager.default.copyItem(atPath: source.path, toPath: target)
        } catch {
            throw Failure.io("cannot copy \(source.path) to \(path): \(error.localizedDescription)")
        }
        #if canImport(Darwin)
        var times = [from.st_atimespec, from.st_mtimespec]
        #else
        var times = [from.st_atim, from.st_mtim]
        #endif
        _ = utimensat(AT_FDCWD, target, &times, 0)   // without it the next build only compares less
    }

    /// Publishes a file of `.imprint-cache` (an image's copy, a share card, a PDF) by a hard
    /// link: the cache replaces a file by renaming a new one over it and never writes into one,
    /// so output and cache can share it, the output's file keeps its inode and time from build
    /// to build, and publishing a thousand cached files reads none. On another file system it
    /// is copied.
    func publish(cached: URL, to path: String) throws {
        let target = try prepareTarget(path)
        unlink(target)
        if link(cached.path, target) == 0 { return }
        try copy(from: cached, to: path)
    }

    /// Modification and change times as [seconds, nanoseconds].
    private static func times(_ info: stat) -> (modified: [Int], changed: [Int]) {
        #if canImport(Darwin)
        let (m, c) = (info.st_mtimespec, info.st_ctimespec)
        #else
        let (m, c) = (info.st_mtim, info.st_ctim)
        #endif
        return ([Int(m.tv_sec), Int(m.tv_nsec)], [Int(c.tv_sec), Int(c.tv_nsec)])
    }

    /// Replaces the output with the staging folder in one atomic exchange, then removes the old
    /// site; without `renameat2`, the old output is renamed aside first (see `recover`).
    func commit() throws {
        defer { lock.release() }
        let fm = FileManager.default
        if fm.fileExists(atPath: output.path), AtomicSwap.exchange(staging.path, output.path) {
            try? fm.removeItem(at: staging)   // now the previous site
            return
        }
        let old = output.deletingLastPathComponent()
            .appendingPathComponent(Self.prefix(output) + "old-\(ProcessInfo.processInfo.processIdentifier)")
        try? fm.removeItem(at: old)
        do {
            if fm.fileExists(atPath: output.path) { try fm.moveItem(at: output, to: old) }
            try fm.moveItem(at: staging, to: output)
        } catch {
            if !fm.fileExists(atPath: output.path), fm.fileExists(atPath: old.path) { try? fm.moveItem(at: old, to: output) }
            throw Failure.io("cannot move the new site into \(output.path): \(error.localizedDescription)")
        }
        try? fm.removeItem(at: old)
    }

    func discard() {
        try? FileManager.default.removeItem(at: staging)
        lock.release()
    }
}

/// The output's lock, taken in `prepare` by a writer that is otherwise a value.
private final class LockHolder: @unchecked Sendable {
    var held: OutputLock?

    func release() {
        held?.release()
        held = nil
    }
}
