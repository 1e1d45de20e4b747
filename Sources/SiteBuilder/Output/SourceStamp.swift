import ContentLoader
import CXattr
import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// What a copied file's source was when it was copied (its `FileStamp`) and what the copy was
/// (size, modification time: `OutputStamp`), kept on the copy in the extended attribute
/// `user.imprint.source` (`OutputWriter.copy`): the next build may link the copy only while
/// both still hold, so neither a rewritten source (any write moves its change time, `cp -p`
/// included) nor a copy rewritten in the output is taken for unchanged. Nil for a source that
/// is not settled (`FileStamp.isSettled`).
struct SourceStamp: Equatable {
    let source: FileStamp
    static let attribute = "user.imprint.source"

    init?(_ info: stat) {
        source = FileStamp(info)
        guard source.isSettled() else { return nil }
    }

    /// The attribute's text for a copy with this `stat`.
    func text(copy info: stat) -> String {
        "1 \(source) / \(OutputStamp(info))"
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
}
