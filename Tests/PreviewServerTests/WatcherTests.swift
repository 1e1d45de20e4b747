import Foundation
import Testing
@testable import PreviewServer

/// Both watchers report edits, new files in new folders, deletions and renames; the debouncer
/// turns an editor's burst of events into one batch.
@Suite struct WatcherTests {
    /// Collects what a watcher reports, and waits for a path to show up.
    final class Collector: @unchecked Sendable {
        private var seen: [String] = []
        private let lock = NSLock()

        func add(_ paths: [String]) { lock.withLock { seen += paths } }

        func waitFor(_ path: String, seconds: Double = 5) -> Bool {
            let deadline = Date().addingTimeInterval(seconds)
            while Date() < deadline {
                if lock.withLock({ seen.contains(path) }) { return true }
                Thread.sleep(forTimeInterval: 0.01)
            }
            return false
        }
    }

    func exercise(_ makeWatcher: (URL) -> any FileWatcher) throws {
        let root = TestSites.temporaryDirectory()
        try TestSites.write(root, "site.yaml", "title: T\n")
        try TestSites.write(root, "content/briefs/a.md", "a")
        let watcher = makeWatcher(root)
        let collector = Collector()
        try watcher.start { collector.add($0) }
        defer { watcher.stop() }
        Thread.sleep(forTimeInterval: 0.05)

        try TestSites.write(root, "content/briefs/a.md", "edited")
        #expect(collector.waitFor("content/briefs/a.md"), "an edit")
        try TestSites.write(root, "site.yaml", "title: U\n")
        #expect(collector.waitFor("site.yaml"), "site.yaml")
        // A new folder with a file already in it by the time the watcher looks.
        try TestSites.write(root, "content/briefs/b/index.md", "b")
        #expect(collector.waitFor("content/briefs/b/index.md"), "a file in a new folder")
        try TestSites.write(root, "content/briefs/b/chart.svg", "<svg/>")
        #expect(collector.waitFor("content/briefs/b/chart.svg"), "a file added to the new folder later")
        // An editor's save: write a temporary file, rename it over the old one.
        try TestSites.write(root, "content/briefs/.a.md.tmp", "saved")
        try FileManager.default.removeItem(at: root.appendingPathComponent("content/briefs/a.md"))
        try FileManager.default.moveItem(at: root.appendingPathComponent("content/briefs/.a.md.tmp"),
                                         to: root.appendingPathComponent("content/briefs/a.md"))
        try TestSites.write(root, "templates/brief.mustache", "x")
        #expect(collector.waitFor("templates/brief.mustache"), "a templates folder created after the start")
        try FileManager.default.removeItem(at: root.appendingPathComponent("content/briefs/b/chart.svg"))
        #expect(collector.waitFor("content/briefs/b/chart.svg"))
    }

    #if canImport(Glibc)
    @Test func inotifyReportsChanges() throws {
        try exercise { InotifyWatcher(root: $0) }
    }
    #endif

    @Test func pollingReportsChanges() throws {
        try exercise { PollingWatcher(root: $0, interval: .milliseconds(20)) }
    }

    @Test func aBurstOfEventsIsOneBatch() throws {
        let batches = Collector()
        let count = Counter()
        let debouncer = ChangeDebouncer(quiet: .milliseconds(250)) { batch in
            count.increment()
            batches.add(batch.sorted())
        }
        debouncer.add(["content/briefs/a.md"])
        debouncer.add(["content/briefs/.a.md.swp"])
        Thread.sleep(forTimeInterval: 0.005)
        debouncer.add(["content/briefs/a.md", "content/briefs/a.md"])
        #expect(batches.waitFor("content/briefs/a.md"))
        Thread.sleep(forTimeInterval: 0.4)
        #expect(count.value == 1)
    }

    final class Counter: @unchecked Sendable {
        private var n = 0
        private let lock = NSLock()
        func increment() { lock.withLock { n += 1 } }
        var value: Int { lock.withLock { n } }
    }
}
