import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The output folder of `imprint serve`, updated in place while it is being served: each file
/// is written to a temporary name beside it and renamed over the old one, so a request never
/// reads half a file. Paths are output-relative and come from the planner, never from a request.
struct LiveOutput: Sendable {
    let root: URL

    enum Failure: Error, CustomStringConvertible {
        case io(String)
        var description: String {
            switch self { case .io(let s): return s }
        }
    }

    private func url(_ path: String) -> URL {
        precondition(!path.hasPrefix("/") && !path.split(separator: "/").contains(".."), "unsafe output path \(path)")
        return root.appendingPathComponent(path)
    }

    func write(_ path: String, _ data: Data) throws {
        let target = url(path)
        try FileManager.default.createDirectory(at: target.deletingLastPathComponent(), withIntermediateDirectories: true)
        let temporary = target.deletingLastPathComponent()
            .appendingPathComponent(".\(target.lastPathComponent).imprint-\(UUID().uuidString)")
        do {
            // No fsync: the preview's folder is temporary, and the rename keeps requests from
            // half a file. `Data.write(to:)` synced every file to disk.
            do {
                try PlainFile.write(data, to: temporary.path, name: path)
            } catch {
                throw Failure.io(error.message)
            }
            guard rename(temporary.path, target.path) == 0 else {
                throw Failure.io("cannot replace \(path): \(String(cString: strerror(errno)))")
            }
        } catch {
            try? FileManager.default.removeItem(at: temporary)
            throw error
        }
    }

    func copy(from source: URL, to path: String) throws {
        let target = url(path)
        let fm = FileManager.default
        try fm.createDirectory(at: target.deletingLastPathComponent(), withIntermediateDirectories: true)
        let temporary = target.deletingLastPathComponent()
            .appendingPathComponent(".\(target.lastPathComponent).imprint-\(UUID().uuidString)")
        do {
            try fm.copyItem(at: source, to: temporary)
            guard rename(temporary.path, target.path) == 0 else {
                throw Failure.io("cannot replace \(path): \(String(cString: strerror(errno)))")
            }
        } catch {
            try? fm.removeItem(at: temporary)
            throw error
        }
    }

    /// Removes a file, then each parent folder it leaves empty.
    func remove(_ path: String) {
        let fm = FileManager.default
        var target = url(path)
        try? fm.removeItem(at: target)
        let rootPath = root.standardizedFileURL.path
        while true {
            target = target.deletingLastPathComponent()
            guard target.standardizedFileURL.path.count > rootPath.count,
                  (try? fm.contentsOfDirectory(atPath: target.path))?.isEmpty == true else { break }
            try? fm.removeItem(at: target)
        }
    }

    func read(_ path: String) -> Data? {
        FileManager.default.contents(atPath: url(path).path)
    }
}
