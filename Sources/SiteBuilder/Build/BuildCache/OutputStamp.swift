import Foundation
import PDFExport
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// What identifies an output file's contents without reading it: size, modification time and
/// inode. A file edited, replaced or touched in the output folder gets a different stamp.
struct OutputStamp: Sendable, CustomStringConvertible {
    var size: Int64
    var modifiedSeconds: Int
    var modifiedNanoseconds: Int
    var inode: UInt64

    init?(path: String) {
        var info = stat()
        guard lstat(path, &info) == 0, (info.st_mode & S_IFMT) == S_IFREG else { return nil }
        self.init(info)
    }

    init(_ info: stat) {
        size = Int64(info.st_size)
        #if canImport(Darwin)
        modifiedSeconds = Int(info.st_mtimespec.tv_sec)
        modifiedNanoseconds = Int(info.st_mtimespec.tv_nsec)
        #else
        modifiedSeconds = Int(info.st_mtim.tv_sec)
        modifiedNanoseconds = Int(info.st_mtim.tv_nsec)
        #endif
        inode = UInt64(info.st_ino)
    }

    var description: String { "\(size) \(modifiedSeconds).\(modifiedNanoseconds) \(inode)" }

    /// A digest of every regular file below `folder` with its stamp: equal digests mean the folder
    /// holds the same files, untouched. Nil when the folder is missing or holds anything else (a
    /// symbolic link, a device), which no build writes.
    static func digest(of folder: URL) -> String? {
        var entries: [String] = []
        guard walk(folder.path, relative: "", into: &entries) else { return nil }
        var hash = ContentHash()
        for entry in entries.sorted() { hash.update(entry + "\n") }
        return hash.finish()
    }

    private static let nameOffset = MemoryLayout<dirent>.offset(of: \dirent.d_name)!

    private static func walk(_ path: String, relative: String, into entries: inout [String]) -> Bool {
        guard let dir = opendir(path) else { return false }
        defer { closedir(dir) }
        while let entry = readdir(dir) {
            // Up to its NUL, in place: `entry.pointee` copies the whole 280-byte struct, which
            // reads past a short last record of readdir's buffer (AddressSanitizer found it).
            let name = String(cString: (UnsafeRawPointer(entry) + Self.nameOffset).assumingMemoryBound(to: CChar.self))
            if name == "." || name == ".." { continue }
            let child = path + "/" + name
            let childRelative = relative.isEmpty ? name : relative + "/" + name
            var info = stat()
            guard lstat(child, &info) == 0 else { return false }
            switch info.st_mode & S_IFMT {
            case S_IFDIR: guard walk(child, relative: childRelative, into: &entries) else { return false }
            case S_IFREG: entries.append("\(childRelative)\u{0}\(OutputStamp(info))")
            default: return false
            }
        }
        return true
    }
}
