import Foundation
import PDFExport
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Content hashes of files, remembered in a JSON file under `.imprint-cache/` by path with the
/// file's size, modification and change times and inode: a rebuild need not read every input
/// again (hashing a thousand 5 MB heroes took longer than the rest of the build). Any change to
/// that `stat` means the file is read and hashed anew. The change time cannot be set by a
/// program (`touch -d`, `cp -p` and `git checkout` all move it), so a rewritten file with the
/// same size and modification time is still seen. A file changed in the last two seconds is
/// hashed but not remembered: a second write within the clock's granularity would leave its
/// `stat` as it was (git calls this the racy case).
final class FileHashMemo: @unchecked Sendable {
    private struct Entry: Codable, Equatable {
        var size: Int64
        var modified: [Int]
        var changed: [Int]
        var inode: UInt64
        var hash: String
    }

    private let file: URL
    private var entries: [String: Entry]
    private var learnt = false
    private var seen: Set<String> = []
    private let lock = NSLock()
    /// Files changed this many seconds ago or less are not remembered.
    private let racyWindow: Int

    init(file: URL, racyWindow: Int = 2) {
        self.file = file
        self.racyWindow = racyWindow
        entries = (try? Data(contentsOf: file)).flatMap { try? JSONDecoder().decode([String: Entry].self, from: $0) } ?? [:]
    }

    /// The SHA-256 of the file's bytes, from the memo when its `stat` is unchanged; nil when it cannot be read.
    func hash(of url: URL) -> String? {
        var info = stat()
        // Only regular files: reading a FIFO named like an input would wait for ever.
        guard stat(url.path, &info) == 0, (info.st_mode & S_IFMT) == S_IFREG else { return nil }
        #if canImport(Darwin)
        let (modified, changed) = (info.st_mtimespec, info.st_ctimespec)
        #else
        let (modified, changed) = (info.st_mtim, info.st_ctim)
        #endif
        var entry = Entry(size: Int64(info.st_size), modified: [Int(modified.tv_sec), Int(modified.tv_nsec)],
                          changed: [Int(changed.tv_sec), Int(changed.tv_nsec)], inode: UInt64(info.st_ino), hash: "")
        if let known = lock.withLock({ () -> Entry? in seen.insert(url.path); return entries[url.path] }), known.size == entry.size, known.modified == entry.modified,
           known.changed == entry.changed, known.inode == entry.inode {
            return known.hash
        }
        guard let data = FileManager.default.contents(atPath: url.path) else { return nil }
        var hash = ContentHash()
        hash.update(data)
        entry.hash = hash.finish()
        if Int(time(nil)) - max(entry.modified[0], entry.changed[0]) > racyWindow {
            lock.withLock {
                entries[url.path] = entry
                learnt = true
            }
        }
        return entry.hash
    }

    /// Drops what it remembers of files not asked about since it was read (deleted or renamed
    /// ones), for a caller that asks about every file it cares about.
    func forgetUnseen() {
        lock.withLock {
            let before = entries.count
            entries = entries.filter { seen.contains($0.key) }
            if entries.count != before { learnt = true }
        }
    }

    /// Writes the memo when it learnt something; a failure only costs hashing again next time.
    /// Under the lock: PDF jobs save from several threads, through one temporary name.
    func save() {
        lock.withLock {
            guard learnt else { return }
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.sortedKeys]
            try? FileManager.default.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
            if let data = try? encoder.encode(entries), (try? AtomicFile.write(data, to: file)) != nil { learnt = false }
        }
    }
}
