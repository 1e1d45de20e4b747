import Foundation
import SiteModel
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Remembers what each content file decoded to, keyed by the file's identity and modification
/// time, so that a rebuild (`imprint serve`) decodes only the files that changed. A file whose
/// stamp is unchanged is not even read. `invalidate` forgets files a watcher reported, for the
/// rare edit that keeps size and modification time.
public final class LoadCache: @unchecked Sendable {
    private struct Entry {
        var stamp: FileStamp
        var kind: String
        var key: String
        var value: Any
    }

    private var entries: [String: Entry] = [:]
    private var used: Set<String> = []
    private let lock = NSLock()
    /// Files decoded (not served from the cache) since the last `beginLoad`, site-relative.
    public private(set) var decodedPaths: [String] = []
    public var decodedCount: Int { lock.withLock { decodedPaths.count } }

    public init() {}

    /// Forgets these site-relative paths, whatever their stamps say.
    public func invalidate(_ paths: some Sequence<String>) {
        lock.withLock { for path in paths { entries[path] = nil } }
    }

    public func removeAll() {
        lock.withLock { entries.removeAll() }
    }

    func beginLoad() {
        lock.withLock {
            used = []
            decodedPaths = []
        }
    }

    /// Drops entries for files the last load no longer saw.
    func endLoad() {
        lock.withLock { entries = entries.filter { used.contains($0.key) } }
    }

    enum Lookup<T: Sendable>: Sendable {
        case value(T)
        /// A symbolic link that leads out of the site.
        case outside
        case unreadable
    }

    /// The decoded value for a file: from the cache when its stamp, kind and key (the slug or id
    /// its name gives) are unchanged, else checked with `inside`, read and decoded. A file whose
    /// stamp is unchanged resolves to the same file as before, so it is not checked again.
    func value<T: Sendable>(_ path: String, absolutePath: String, kind: String, key: String, inside: () -> Bool,
                  read: () -> [UInt8]?, decode: ([UInt8]) -> T) -> Lookup<T> {
        let stamp = FileStamp(path: absolutePath)
        let cached: T? = lock.withLock {
            used.insert(path)
            guard let stamp, let entry = entries[path], entry.stamp == stamp, entry.kind == kind, entry.key == key
            else { return nil }
            return entry.value as? T
        }
        if let cached { return .value(cached) }
        guard inside() else { return .outside }
        guard let bytes = read() else { return .unreadable }
        let value = decode(bytes)
        lock.withLock {
            decodedPaths.append(path)
            if let stamp { entries[path] = Entry(stamp: stamp, kind: kind, key: key, value: value) }
        }
        return .value(value)
    }
}
