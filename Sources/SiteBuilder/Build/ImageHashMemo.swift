import Foundation
import PDFExport
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The content hashes of image files, remembered in `.imprint-cache/images/hashes.json` by
/// path with the file's size, modification time and inode: a rebuild finds its copies in the
/// cache without reading every image again (hashing a thousand 3 MB heroes took longer than
/// the rest of the build). Any change to the file's `stat` means it is read and hashed anew.
final class ImageHashMemo: @unchecked Sendable {
    private struct Entry: Codable, Equatable {
        var size: Int64
        var seconds: Int
        var nanoseconds: Int
        var inode: UInt64
        var hash: String
    }

    private let file: URL
    private var entries: [String: Entry]
    private var changed = false
    private let lock = NSLock()

    init(cache: URL) {
        file = cache.appendingPathComponent("hashes.json")
        entries = (try? Data(contentsOf: file)).flatMap { try? JSONDecoder().decode([String: Entry].self, from: $0) } ?? [:]
    }

    /// The SHA-256 of the file's bytes, from the memo when its `stat` is unchanged; nil when it cannot be read.
    func hash(of url: URL) -> String? {
        var info = stat()
        guard stat(url.path, &info) == 0 else { return nil }
        #if canImport(Darwin)
        let (seconds, nanoseconds) = (info.st_mtimespec.tv_sec, info.st_mtimespec.tv_nsec)
        #else
        let (seconds, nanoseconds) = (info.st_mtim.tv_sec, info.st_mtim.tv_nsec)
        #endif
        var entry = Entry(size: Int64(info.st_size), seconds: Int(seconds), nanoseconds: Int(nanoseconds),
                          inode: UInt64(info.st_ino), hash: "")
        if let known = lock.withLock({ entries[url.path] }), known.size == entry.size, known.seconds == entry.seconds,
           known.nanoseconds == entry.nanoseconds, known.inode == entry.inode {
            return known.hash
        }
        guard let data = FileManager.default.contents(atPath: url.path) else { return nil }
        var hash = ContentHash()
        hash.update(data)
        entry.hash = hash.finish()
        lock.withLock {
            entries[url.path] = entry
            changed = true
        }
        return entry.hash
    }

    /// Writes the memo when it learnt something; a failure only costs hashing again next time.
    /// Under the lock: PDF jobs save from several threads, through one temporary name.
    func save() {
        lock.withLock {
            guard changed else { return }
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.sortedKeys]
            if let data = try? encoder.encode(entries), (try? AtomicFile.write(data, to: file)) != nil { changed = false }
        }
    }
}
