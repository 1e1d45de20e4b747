import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Writes a file with open/write/close. `Data.write(to:)` fsyncs every file, which made writing
/// a 10,000-page site take seconds on a disk (and the preview's first build tens of seconds);
/// both writers rename into place instead, which is what keeps readers from half a file.
enum PlainFile {
    /// Writes `data` to a new file at `path`, replacing whatever is there; the error says why,
    /// with `name`. A file already there is unlinked, never truncated: in a staging folder it
    /// may be a hard link to the previous output's file, which must stay as it was.
    static func write(_ data: Data, to path: String, name: String) throws(PlainFileError) {
        var fd = open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o644)
        if fd < 0 && errno == EEXIST {
            unlink(path)
            fd = open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o644)
        }
        guard fd >= 0 else { throw PlainFileError(message: "cannot write \(name): \(String(cString: strerror(errno)))") }
        defer { close(fd) }
        let failure: String? = data.withUnsafeBytes { buffer in
            var offset = 0
            while offset < buffer.count {
                let n = posixWrite(fd, buffer.baseAddress! + offset, buffer.count - offset)
                if n < 0 {
                    if errno == EINTR { continue }
                    return "cannot write \(name): \(String(cString: strerror(errno)))"
                }
                offset += n
            }
            return nil
        }
        if let failure { throw PlainFileError(message: failure) }
    }
}

/// `write(2)`, named apart from `PlainFile.write`.
private func posixWrite(_ fd: Int32, _ buffer: UnsafeRawPointer, _ count: Int) -> Int {
    write(fd, buffer, count)
}
