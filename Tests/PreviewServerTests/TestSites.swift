import Foundation
@testable import PreviewServer

/// Writable copies of the fixture sites, and a built preview server over one.
enum TestSites {
    static let packageRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    static func temporaryDirectory() -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("imprint-serve-tests-\(UUID().uuidString)")
        try! FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    /// A copy of Tests/Fixtures/golden-site/input (base path /research/).
    static func golden() throws -> URL {
        let target = temporaryDirectory().appendingPathComponent("site")
        try FileManager.default.copyItem(
            at: packageRoot.appendingPathComponent("Tests/Fixtures/golden-site/input"), to: target)
        return target
    }

    /// A preview server over a copy of the golden site, built once, not listening.
    static func builtServer(site: URL? = nil) throws -> (PreviewServer, URL, URL) {
        let root = try site ?? golden()
        let output = temporaryDirectory().appendingPathComponent("preview")
        let server = try PreviewServer(options: ServeOptions(siteRoot: root, port: 0, jobs: 2, output: output)) { _ in }
        server.buildFirst()
        return (server, root, output)
    }

    static func write(_ root: URL, _ path: String, _ text: String) throws {
        let url = root.appendingPathComponent(path)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(text.utf8).write(to: url)
    }
}
