/// Reports site-relative paths that changed below the site folder, in batches, from a thread
/// of its own. Paths may repeat and may name folders; the debouncer and classifier sort that out.
protocol FileWatcher: AnyObject, Sendable {
    /// Starts watching; `onChange` is called with each batch of changed paths.
    func start(_ onChange: @escaping @Sendable ([String]) -> Void) throws
    func stop()
    /// "inotify" or "polling", for the startup message.
    var mechanism: String { get }
}
