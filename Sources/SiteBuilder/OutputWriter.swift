import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Writes a build into a staging folder next to the output and swaps it in only when the
/// whole build succeeded, so a failed build never leaves a half-written site.
struct OutputWriter: Sendable {
    let output: URL
    let staging: URL
    private let folders = CreatedFolders()

    enum Failure: Error, CustomStringConvertible {
        case unsafeOutput(String)
        case io(String)

        var description: String {
            switch self {
            case .unsafeOutput(let s), .io(let s): return s
            }
        }
    }

    /// Refuses an output folder that would replace the site itself or something that is not a build.
    init(output: URL, siteRoot: URL) throws {
        let out = output.standardizedFileURL.resolvingSymlinksInPath()
        let root = siteRoot.standardizedFileURL.resolvingSymlinksInPath()
        if out.path == root.path || root.path.hasPrefix(out.path + "/") || out.path == "/" {
            throw Failure.unsafeOutput("the output folder \(out.path) would replace the site itself; choose another --output")
        }
        let fm = FileManager.default
        for marker in ["site.yaml", "content", "Package.swift", ".git"]
            where fm.fileExists(atPath: out.appendingPathComponent(marker).path) {
            throw Failure.unsafeOutput("the output folder \(out.path) contains \(marker), so it is not a built site; refusing to replace it")
        }
        self.output = out
        let name = "." + out.lastPathComponent + ".imprint-staging-\(ProcessInfo.processInfo.processIdentifier)"
        staging = out.deletingLastPathComponent().appendingPathComponent(name)
    }

    func prepare() throws {
        let fm = FileManager.default
        try? fm.removeItem(at: staging)
        do {
            try fm.createDirectory(at: staging, withIntermediateDirectories: true)
        } catch {
            throw Failure.io("cannot create \(staging.path): \(error.localizedDescription)")
        }
    }

    /// Writes one file below the staging folder; `path` is output-relative and already safe.
    func write(_ path: String, _ data: Data) throws {
        precondition(!path.hasPrefix("/") && !path.split(separator: "/").contains(".."), "unsafe output path \(path)")
        let target = staging.path + "/" + path
        do {
            let slash = path.lastIndex(of: "/")
            try folders.ensure(slash.map { staging.path + "/" + path[..<$0] } ?? staging.path)
        } catch {
            throw Failure.io("cannot create the folder for \(path): \(error.localizedDescription)")
        }
        if reuseUnchanged(path, target, data) { return }
        // Durability comes from the final rename of the whole folder.
        do {
            try PlainFile.write(data, to: target, name: path)
        } catch {
            throw Failure.io(error.message)
        }
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

    func copy(from source: URL, to path: String) throws {
        precondition(!path.hasPrefix("/") && !path.split(separator: "/").contains(".."), "unsafe output path \(path)")
        let url = staging.appendingPathComponent(path)
        let fm = FileManager.default
        do {
            try fm.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            if fm.fileExists(atPath: url.path) { try fm.removeItem(at: url) }
            if let data = fm.contents(atPath: source.path), reuseUnchanged(path, url.path, data) { return }
            try fm.copyItem(at: source, to: url)
        } catch {
            throw Failure.io("cannot copy \(source.path) to \(path): \(error.localizedDescription)")
        }
    }

    /// Replaces the output with the staging folder: the old output survives until the new one is in place.
    func commit() throws {
        let fm = FileManager.default
        let old = output.deletingLastPathComponent()
            .appendingPathComponent("." + output.lastPathComponent + ".imprint-old-\(ProcessInfo.processInfo.processIdentifier)")
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
    }
}
