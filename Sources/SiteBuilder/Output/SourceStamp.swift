import CXattr
import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// What a copied file's source was when it was copied (device, inode, size, modification and
/// change times) and what the copy was (size, modification time), kept on the copy in the
/// extended attribute `user.imprint.source` (`OutputWriter.copy`): the next build may link the
/// copy only while both still hold, so neither a rewritten source (any write moves its change
/// time, `cp -p` included) nor a copy rewritten in the output is taken for unchanged. Nil for a
/// source changed in the last two seconds, whose change time a second write within the clock's
/// granularity might not move (git's racy case).
struct SourceStamp: Equatable {
    let source: String
    static let attribute = "user.imprint.source"

    init?(_ info: stat, now: Int = Int(time(nil))) {
        let (m, c) = (Self.modified(info), Self.changed(info))
        guard now - max(Int(m.tv_sec), Int(c.tv_sec)) > 2 else { return nil }
        source = "1 \(info.st_dev) \(info.st_ino) \(info.st_size) \(m.tv_sec).\(m.tv_nsec) \(c.tv_sec).\(c.tv_nsec)"
    }

    /// The attribute's text for a copy with this `stat`.
    func text(copy info: stat) -> String {
        let m = Self.modified(info)
        return source + " / \(info.st_size) \(m.tv_sec).\(m.tv_nsec)"
    }

    /// The stamp on the file at `path`, or nil (none, or no extended attributes there).
    static func recorded(on path: String) -> String? {
        var buffer = [UInt8](repeating: 0, count: 256)
        #if canImport(Darwin)
        let count = getxattr(path, attribute, &buffer, buffer.count, 0, XATTR_NOFOLLOW)
        #else
        let count = lgetxattr(path, attribute, &buffer, buffer.count)
        #endif
        guard count > 0 else { return nil }
        return String(decoding: buffer[0..<count], as: UTF8.self)
    }

    /// Puts the stamp on the copy at `path`; where that fails the next build compares bytes.
    func record(on path: String) {
        var info = stat()
        guard lstat(path, &info) == 0 else { return }
        let bytes = Array(text(copy: info).utf8)
        #if canImport(Darwin)
        _ = setxattr(path, Self.attribute, bytes, bytes.count, 0, XATTR_NOFOLLOW)
        #else
        _ = lsetxattr(path, Self.attribute, bytes, bytes.count, 0)
        #endif
    }

    private static func modified(_ info: stat) -> timespec {
        #if canImport(Darwin)
        info.st_mtimespec
        #else
        info.st_mtim
        #endif
    }

    private static func changed(_ info: stat) -> timespec {
        #if canImport(Darwin)
        info.st_ctimespec
        #else
        info.st_ctim
        #endif
    }
}
