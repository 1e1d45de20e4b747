import Foundation
import PDFExport

/// `serve --open`: hands the preview's address to the desktop's opener (`xdg-open`, `open` on
/// macOS). Where there is none (a server, a container, CI) it quietly does nothing.
enum BrowserOpener {
    static func open(_ url: String, environment: [String: String] = ProcessInfo.processInfo.environment) {
        #if os(macOS)
        let opener = "open"
        #else
        let opener = "xdg-open"
        #endif
        // Found on PATH as every external program is; none is not an error here.
        guard let tool = try? ExternalTool.locate(name: opener, command: opener, explicitPath: nil,
                                                  relativeTo: URL(fileURLWithPath: "/"), installHint: "",
                                                  environment: environment) else { return }
        let process = Process()
        process.executableURL = tool.executable
        process.arguments = [url]
        process.standardInput = FileHandle.nullDevice
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        // The opener returns once the browser has the address; nothing waits for it.
        try? process.run()
    }
}
