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

    /// Copies a file of the site, or of `.imprint-cache` (an image's copy, a share card, a PDF),
    /// into the staging folder. Each copy carries in an extended attribute the `stat` its source
    /// had just before it was read (device, inode, size, modification and change time); the next
    /// build hard-links the previous copy when the source's `stat` is still that one, reading
    /// neither (a site's heroes run to gigabytes). Any write moves the change time, `cp -p` and
    /// `touch -d` included. Without extended attributes, or for a source changed in the last two
    /// seconds, the two files are compared byte for byte instead. The copy is the output's own
    /// file, never the cache's or the site's: a tool that rewrites the output in place changes
    /// nothing else.
    func copy(from source: URL, to path: String) throws {
        let target = try prepareTarget(path)
        unlink(target)
        var from = stat()
        guard stat(source.path, &from) == 0 else {
            throw Failure.io("cannot copy \(source.path) to \(path): \(String(cString: strerror(errno)))")
        }
        let stamp = SourceStamp(from)
        let old = output.path + "/" + path
        var previous = stat()
        // Only a previous copy of the same size is worth a look; without one, the source is read once, by the copy.
        if lstat(old, &previous) == 0, (previous.st_mode & S_IFMT) == S_IFREG, previous.st_size == from.st_size {
            if let stamp, SourceStamp.recorded(on: old) == stamp.text(copy: previous), link(old, target) == 0 { return }
            if let data = FileManager.default.contents(atPath: source.path), reuseUnchanged(path, target, data) {
                stamp?.record(on: target)
                return
            }
        }
        do {
            try FileManager.default.copyItem(atPath: source.path, toPath: target)
        } catch {
            throw Failure.io("cannot copy \(source.path) to \(path): \(error.localizedDescription)")
        }
        stamp?.record(on: target)
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
