import Synchronization

/// Folder → its real path (nil when it has none), remembered for one `SiteFolder`, shared by the
/// loading threads.
final class RealFolders: Sendable {
    private let paths = Mutex<[String: String?]>([:])

    func real(_ folder: String, _ resolve: () -> String?) -> String? {
        if let known = paths.withLock({ $0[folder] }) { return known }
        let resolved = resolve()
        paths.withLock { $0[folder] = .some(resolved) }
        return resolved
    }
}
