import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Puts a new folder in place of an old one in one step, so there is never a moment without a
/// complete site: Linux's `renameat2(RENAME_EXCHANGE)` swaps the two names atomically. Where
/// the file system or kernel lacks it, the old folder is renamed aside first, and the next
/// build puts it back if this one died between the two renames (`OutputWriter.recover`).
enum AtomicSwap {
    private typealias Renameat2 = @convention(c) (Int32, UnsafePointer<CChar>, Int32, UnsafePointer<CChar>, UInt32) -> Int32

    /// glibc has had `renameat2` since 2.28, but Swift's Glibc module does not declare it.
    private static let renameat2: Renameat2? = {
        #if os(Linux)
        guard let symbol = dlsym(UnsafeMutableRawPointer(bitPattern: 0), "renameat2") else { return nil }
        return unsafeBitCast(symbol, to: Renameat2.self)
        #else
        return nil
        #endif
    }()

    private static let renameExchange: UInt32 = 1 << 1

    /// Exchanges the names `a` and `b` (both must exist); false when the system cannot.
    static func exchange(_ a: String, _ b: String) -> Bool {
        guard let renameat2 else { return false }
        return renameat2(AT_FDCWD, a, AT_FDCWD, b, renameExchange) == 0
    }
}
