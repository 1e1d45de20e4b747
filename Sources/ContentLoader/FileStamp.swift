import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// What `stat` says about a file; any difference means it must be read again. The change time
/// cannot be set by a program (`touch -d`, `cp -p` and `git checkout` all move it), so a file
/// rewritten with its old size and modification time put back still gets another stamp.
public struct FileStamp: Equatable, Sendable, Codable, CustomStringConvertible {
    var device: UInt64
    var inode: UInt64
    var size: Int64
    var modifiedSeconds: Int
    var modifiedNanoseconds: Int
    var changedSeconds: Int
    var changedNanoseconds: Int

    public init?(_ url: URL) {
        self.init(path: url.path)
    }

    public init?(path: String) {
        var info = stat()
        guard stat(path, &info) == 0 else { return nil }
        self.init(info)
    }

    public init(_ info: stat) {
        device = UInt64(info.st_dev)
        inode = UInt64(info.st_ino)
        size = Int64(info.st_size)
        #if canImport(Darwin)
        modifiedSeconds = info.st_mtimespec.tv_sec
        modifiedNanoseconds = info.st_mtimespec.tv_nsec
        changedSeconds = info.st_ctimespec.tv_sec
        changedNanoseconds = info.st_ctimespec.tv_nsec
        #else
        modifiedSeconds = info.st_mtim.tv_sec
        modifiedNanoseconds = info.st_mtim.tv_nsec
        changedSeconds = info.st_ctim.tv_sec
        changedNanoseconds = info.st_ctim.tv_nsec
        #endif
    }

    public var description: String {
        "\(device) \(inode) \(size) \(modifiedSeconds).\(modifiedNanoseconds) \(changedSeconds).\(changedNanoseconds)"
    }

    /// The stamp `description` wrote, as its five words; nil for anything else.
    public init?<Words: Collection<Substring>>(words: Words) {
        guard words.count == 5 else { return nil }
        let w = Array(words)
        let modified = w[3].split(separator: ".", omittingEmptySubsequences: false)
        let changed = w[4].split(separator: ".", omittingEmptySubsequences: false)
        guard let device = UInt64(w[0]), let inode = UInt64(w[1]), let size = Int64(w[2]),
              modified.count == 2, changed.count == 2,
              let ms = Int(modified[0]), let mn = Int(modified[1]), let cs = Int(changed[0]), let cn = Int(changed[1])
        else { return nil }
        self.device = device
        self.inode = inode
        self.size = size
        modifiedSeconds = ms
        modifiedNanoseconds = mn
        changedSeconds = cs
        changedNanoseconds = cn
    }

    /// Whether the file last changed more than `window` seconds ago. A stamp taken sooner may be
    /// remembered only at a risk: a second write within the clock's granularity might leave it
    /// as it was (git calls this the racy case).
    public func isSettled(window: Int = 2, now: Int = Int(time(nil))) -> Bool {
        now - max(modifiedSeconds, changedSeconds) > window
    }
}
