import Foundation

/// `serve --open`: hands the preview's address to the desktop's opener (`xdg-open`, `open` on
/// macOS). Where there is none (a server, a container, CI) it quietly does nothing.
enum BrowserOpener {
    static func open(_ url: String, environment: [String: String] = ProcessInfo.processInfo.environment) {
        #if os(macOS)
        let opener = "open"
        #else
        let opener = "xdg-open"
        #endif
        guard let path = executable(opener, path: environment["PATH"] ?? "") else { return }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: path)
        process.arguments = [url]
        process.standardInput = FileHandle.nullDevice
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        // The opener returns once the browser has the address; nothing waits for it.
        try? process.run()
    }

    static func executable(_ name: String, path: String) -> String? {
        path.split(separator: ":").lazy.map { "\($0)/\(name)" }.first { FileManager.default.isExecutableFile(atPath: $0) }
    }
}
