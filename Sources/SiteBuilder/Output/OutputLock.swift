import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// An advisory lock (`flock`) for a build's output folder, held from the staging folder's
/// creation to the swap: a second build into the same folder waits for the first instead of
/// racing it. The lock is taken on the folder that holds the output (the output itself is
/// swapped, so its inode changes), which leaves no lock file behind.
final class OutputLock: @unchecked Sendable {
    private var fd: Int32

    /// Blocks until no other build holds the lock for `output`.
    init(output: URL) throws(OutputFailure) {
        let parent = output.deletingLastPathComponent().path
        fd = open(parent, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard fd >= 0 else { throw .io("cannot open \(parent) to lock the output folder: \(String(cString: strerror(errno)))") }
        while flock(fd, LOCK_EX) != 0 {
            guard errno == EINTR else {
                let reason = String(cString: strerror(errno))
                close(fd)
                fd = -1
                throw .io("cannot lock \(parent): \(reason)")
            }
        }
    }

    func release() {
        guard fd >= 0 else { return }
        close(fd)   // closing drops the lock
        fd = -1
    }

    deinit { release() }
}
