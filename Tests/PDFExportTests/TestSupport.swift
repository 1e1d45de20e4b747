import Foundation
import Testing

/// Paths and helpers shared by the PDF tests.
enum TestSupport {
    static let packageRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let fixtures = packageRoot.appendingPathComponent("Tests/Fixtures")

    static func temporaryDirectory() -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("imprint-pdf-tests-\(UUID().uuidString)")
        try! FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    /// A private copy of the fake WeasyPrint (Tests/Fixtures/fake-weasyprint), so each test
    /// has its own calls.log.
    static func fakeWeasyPrint() throws -> URL {
        let folder = temporaryDirectory()
        let script = folder.appendingPathComponent("weasyprint")
        try FileManager.default.copyItem(at: fixtures.appendingPathComponent("fake-weasyprint/weasyprint"), to: script)
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: script.path)
        return script
    }

    /// The inputs the fake WeasyPrint was asked to print, one per call.
    static func calls(of fake: URL) -> [String] {
        let log = fake.deletingLastPathComponent().appendingPathComponent("calls.log")
        let text = (try? String(contentsOf: log, encoding: .utf8)) ?? ""
        return text.split(separator: "\n").map(String.init)
    }

    /// A writable copy of a fixture site.
    static func copyFixture(_ name: String) throws -> URL {
        let target = temporaryDirectory().appendingPathComponent(URL(fileURLWithPath: name).lastPathComponent)
        try FileManager.default.copyItem(at: fixtures.appendingPathComponent(name), to: target)
        return target
    }

    /// The first program of this name on PATH.
    static func onPath(_ name: String) -> URL? {
        for folder in (ProcessInfo.processInfo.environment["PATH"] ?? "").split(separator: ":") {
            let url = URL(fileURLWithPath: String(folder)).appendingPathComponent(name)
            if FileManager.default.isExecutableFile(atPath: url.path) { return url }
        }
        return nil
    }

    /// Real PDFs need WeasyPrint, and reading them needs poppler-utils; CI installs both.
    static let canPrint = onPath("weasyprint") != nil && onPath("pdftotext") != nil && onPath("pdfinfo") != nil
    static let cannotPrintReason: Comment =
        "WeasyPrint or poppler-utils is not installed (apt-get install weasyprint poppler-utils); real-PDF tests skipped"

    /// Runs a program and returns its standard output.
    static func output(of program: String, _ arguments: [String]) throws -> String {
        let process = Process()
        process.executableURL = onPath(program)
        process.arguments = arguments
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = FileHandle.nullDevice
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return String(decoding: data, as: UTF8.self)
    }
}
