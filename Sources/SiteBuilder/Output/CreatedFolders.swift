import Foundation

/// The folders a build has already created below its staging folder, so writing a page costs
/// one `mkdir` per new folder rather than a walk up the path for every file.
final class CreatedFolders: @unchecked Sendable {
    private var made: Set<String> = []
    private let lock = NSLock()

    /// Creates `folder` (absolute, with its parents) unless this build already did.
    func ensure(_ folder: String) throws {
        if lock.withLock({ made.contains(folder) }) { return }
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        lock.withLock { _ = made.insert(folder) }
    }
}
