import Foundation

/// Runs the built `imprint` executable and captures what it prints.
struct ImprintBinary {
    static let packageRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// The binary under test: `IMPRINT_BINARY` if set (scripts/test.sh sets it, so a suite built
    /// in `.build-asan` runs the sanitized binary, not a stale one in `.build`), else the one
    /// `swift build` made beside the test bundle.
    static let executable: URL = {
        if let path = ProcessInfo.processInfo.environment["IMPRINT_BINARY"], !path.isEmpty {
            return URL(fileURLWithPath: path)
        }
        let bundle = Bundle.main.bundleURL
        let candidates = [
            bundle.appendingPathComponent("imprint"),
            bundle.deletingLastPathComponent().appendingPathComponent("imprint"),
            packageRoot.appendingPathComponent(".build/debug/imprint"),
        ]
        return candidates.first { FileManager.default.isExecutableFile(atPath: $0.path) } ?? candidates[2]
    }()

    struct Output {
        var status: Int32
        var stdout: String
        var stderr: String
    }

    /// `environment` adds to (or, with nil values, removes from) the test's own environment.
    static func run(_ arguments: [String], in directory: URL? = nil, environment: [String: String?] = [:]) throws -> Output {
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        if let directory { process.currentDirectoryURL = directory }
        if !environment.isEmpty {
            var merged = ProcessInfo.processInfo.environment
            for (key, value) in environment { merged[key] = value }
            process.environment = merged
        }
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        // Read both pipes before waiting, so a chatty process cannot block on a full pipe.
        let outData = out.fileHandleForReading.readDataToEndOfFile()
        let errData = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Output(status: process.terminationStatus,
                      stdout: String(decoding: outData, as: UTF8.self),
                      stderr: String(decoding: errData, as: UTF8.self))
    }

    /// Runs the program on a pseudo-terminal (util-linux `script`), as a user at a terminal does;
    /// standard output and error arrive together, as the terminal shows them.
    /// `wrapper` runs before the program on the command line (`timeout -s INT 20`, say).
    static func runOnTerminal(_ arguments: [String], environment: [String: String?] = [:], wrapper: [String] = []) throws -> Output {
        let command = (wrapper + [executable.path] + arguments).map { "'" + $0.replacingOccurrences(of: "'", with: "'\\''") + "'" }
            .joined(separator: " ")
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/script")
        process.arguments = ["-qefc", command, "/dev/null"]
        var merged = ProcessInfo.processInfo.environment
        merged["TERM"] = "xterm-256color"
        for (key, value) in environment { merged[key] = value }
        process.environment = merged
        let out = Pipe()
        process.standardOutput = out
        process.standardError = out
        process.standardInput = FileHandle.nullDevice
        try process.run()
        let data = out.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Output(status: process.terminationStatus, stdout: String(decoding: data, as: UTF8.self), stderr: "")
    }

    static func temporaryDirectory() -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("imprint-e2e-\(UUID().uuidString)")
        try! FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    /// A copy of the golden site with one warning (an unknown front-matter key at line 6 of
    /// `content/briefs/gas-prices.md`).
    static func siteWithAWarning() throws -> URL {
        let site = try copyFixture("golden-site/input")
        let brief = site.appendingPathComponent("content/briefs/gas-prices.md")
        let text = try String(contentsOf: brief, encoding: .utf8)
        try Data(text.replacingOccurrences(of: "type: issue-brief", with: "type: issue-brief\ncolour: blue").utf8).write(to: brief)
        return site
    }

    /// A writable copy of a fixture site.
    static func copyFixture(_ name: String) throws -> URL {
        let target = temporaryDirectory().appendingPathComponent(URL(fileURLWithPath: name).lastPathComponent)
        try FileManager.default.copyItem(at: packageRoot.appendingPathComponent("Tests/Fixtures/\(name)"), to: target)
        // Whatever another test's build in the fixture cached is not this copy's.
        try? FileManager.default.removeItem(at: target.appendingPathComponent(".imprint-cache"))
        return target
    }
}
