import Foundation
import SiteBuilder

/// What `imprint serve` tells its caller, to print.
public enum PreviewEvent: Sendable {
    /// The first build (`changes` empty) or a rebuild after these changes.
    case built(changes: [SiteChange], result: IncrementalResult)
    /// The server listens at this URL; the site is built into `output`.
    case listening(url: String, output: URL, watcher: String)
    /// inotify could not be used; changes are found by scanning instead.
    case watcherFallback(reason: String)
    case stopping
}
