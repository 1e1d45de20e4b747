import ContentLoader
import Foundation
import PDFExport
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Content hashes of files, remembered in a file under `.imprint-cache/` by path with the
/// file's `FileStamp` (device, inode, size, modification and change times): a rebuild need not
/// read every input again (hashing a thousand 5 MB heroes took longer than the rest of the
/// build). Any change to the stamp means the file is read and hashed anew; a file changed in
/// the last two seconds is hashed but not remembered (`FileStamp.isSettled`).
///
/// The file is one record per path, `hash device inode size mtime ctime path`, each ended by a
/// NUL (the one byte no path holds): reading it with JSONDecoder was a fifth of a no-change
/// rebuild at 10,000 briefs. Anything it cannot read is forgotten, never trusted.
final class FileHashMemo: @unchecked Sendable {
    private struct Entry: Equatable {
        var stamp: FileStamp
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
        entries = (try? Data(contentsOf: file)).map(Self.entries(in:)) ?? [:]
    }

    private static let header = "imprint file hashes 1\n"

    private static func entries(in data: Data) -> [String: Entry] {
        let bytes = [UInt8](data)
        // A file cut short would end inside a record.
        guard bytes.starts(with: header.utf8), bytes.count == header.utf8.count || bytes.last == 0 else { return [:] }
        var entries: [String: Entry] = [:]
        for record in bytes[header.utf8.count...].split(separator: 0) {
            let text = String(decoding: record, as: UTF8.self)
            let words = text.split(separator: " ", maxSplits: 6, omittingEmptySubsequences: false)
            guard words.count == 7, let stamp = FileStamp(words: words[1..<6]) else { return [:] }
            entries[String(words[6])] = Entry(stamp: stamp, hash: String(words[0]))
        }
        return entries
    }

    /// The SHA-256 of the file's bytes, from the memo when its stamp is unchanged; nil when it cannot be read.
    func hash(of url: URL) -> String? {
        var info = stat()
        // Only regular files: reading a FIFO named like an input would wait for ever.
        guard stat(url.path, &info) == 0, (info.st_mode & S_IFMT) == S_IFREG else { return nil }
        let stamp = FileStamp(info)
        if let known = lock.withLock({ () -> Entry? in seen.insert(url.path); return entries[url.path] }), known.stamp == stamp {
            return known.hash
        }
        guard let data = FileManager.default.contents(atPath: url.path) else { return nil }
        var hash = ContentHash()
        hash.update(data)
        let entry = Entry(stamp: stamp, hash: hash.finish())
        if stamp.isSettled(window: racyWindow) {
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
            var text = Self.header
            for (path, entry) in entries.sorted(by: { $0.key < $1.key }) {
                text += "\(entry.hash) \(entry.stamp) \(path)\u{0}"
            }
            try? FileManager.default.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
            if (try? AtomicFile.write(Data(text.utf8), to: file)) != nil { learnt = false }
        }
    }
}
