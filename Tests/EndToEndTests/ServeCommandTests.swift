import Foundation
import Testing

/// `imprint serve` as a user runs it: the built binary on a free port over a copy of the
/// golden site; edits reach the browser through `/_imprint/events`.
@Suite(.serialized) struct ServeCommandTests {
    /// A running `imprint serve`, its output collected as it comes.
    final class Server: @unchecked Sendable {
        let process = Process()
        let site: URL
        private var output = ""
        private let lock = NSLock()
        private(set) var port = 0

        /// `serving` finds the port in the first line (nil: it prints none; the port stays 0);
        /// `environment` adds to the test's own.
        init(site: URL, arguments: [String] = [], environment: [String: String] = [:],
             serving: String? = #"Serving at http://127\.0\.0\.1:(\d+)/research/"#) throws {
            self.site = site
            process.executableURL = ImprintBinary.executable
            process.arguments = ["serve", "--site", site.path, "--port", "0", "--jobs", "2"] + arguments
            if !environment.isEmpty { process.environment = ProcessInfo.processInfo.environment.merging(environment) { $1 } }
            let pipe = Pipe()
            process.standardOutput = pipe
            process.standardError = pipe
            pipe.fileHandleForReading.readabilityHandler = { [weak self] handle in
                let data = handle.availableData
                guard let self, !data.isEmpty else { return }
                self.lock.withLock { self.output += String(decoding: data, as: UTF8.self) }
            }
            try process.run()
            guard let serving else { return }
            let url = try waitFor(serving, seconds: 60)
            port = Int(url[1])!
        }

        var text: String { lock.withLock { output } }

        /// Waits until the output matches; returns the match and its groups.
        @discardableResult
        func waitFor(_ pattern: String, seconds: Double = 10) throws -> [String] {
            let regex = try NSRegularExpression(pattern: pattern)
            let deadline = Date().addingTimeInterval(seconds)
            while Date() < deadline {
                let current = text
                if let m = regex.firstMatch(in: current, range: NSRange(current.startIndex..., in: current)) {
                    return (0..<m.numberOfRanges).map { String(current[Range(m.range(at: $0), in: current)!]) }
                }
                if !process.isRunning { break }
                Thread.sleep(forTimeInterval: 0.02)
            }
            throw LoopbackHTTP.Failure(description: "no \(pattern) in the output:\n\(text)")
        }

        /// Sends SIGINT (Ctrl-C) and waits for the process to end; returns its status.
        func interrupt(seconds: Double = 10) -> Int32? {
            kill(process.processIdentifier, SIGINT)
            let deadline = Date().addingTimeInterval(seconds)
            while process.isRunning && Date() < deadline { Thread.sleep(forTimeInterval: 0.02) }
            if process.isRunning {
                process.terminate()
                return nil
            }
            return process.terminationStatus
        }

        deinit { if process.isRunning { process.terminate() } }

        /// Saves a file as editors do: a temporary file renamed over the old one.
        func save(_ path: String, _ text: String) throws {
            let url = site.appendingPathComponent(path)
            let temporary = url.deletingLastPathComponent().appendingPathComponent(".\(url.lastPathComponent).swp")
            try Data(text.utf8).write(to: temporary)
            _ = rename(temporary.path, url.path)
        }

        func read(_ path: String) throws -> String {
            try String(contentsOf: site.appendingPathComponent(path), encoding: .utf8)
        }

        /// Reads events until a `build` event newer than `generation`; returns its JSON.
        func nextBuild(_ events: LoopbackHTTP, after generation: Int) throws -> [String: Any] {
            while let (event, data) = try events.nextEvent() {
                guard event == "build",
                      let json = try JSONSerialization.jsonObject(with: Data(data.utf8)) as? [String: Any],
                      let g = json["generation"] as? Int, g > generation else { continue }
                return json
            }
            throw LoopbackHTTP.Failure(description: "the event stream ended")
        }
    }

    /// Ctrl-C returns at once: the preview folder is renamed aside and deleted in the
    /// background, and none of it is left behind.
    @Test func ctrlCLeavesNoPreviewFolder() throws {
        let site = try ImprintBinary.copyFixture("golden-site/input")
        let temporary = site.deletingLastPathComponent().appendingPathComponent("tmp")
        try FileManager.default.createDirectory(at: temporary, withIntermediateDirectories: true)
        let server = try Server(site: site, environment: ["TMPDIR": temporary.path])
        let previews = { (try? FileManager.default.contentsOfDirectory(atPath: temporary.path))?.filter { $0.hasPrefix("imprint-preview-") } ?? [] }
        #expect(previews().count == 1, "\(previews())")
        let started = Date()
        #expect(server.interrupt() == 0)
        #expect(Date().timeIntervalSince(started) < 5)
        let deadline = Date().addingTimeInterval(10)
        while !previews().isEmpty && Date() < deadline { Thread.sleep(forTimeInterval: 0.05) }
        #expect(previews().isEmpty, "\(previews())")
    }

    @Test func anEditReachesTheBrowser() throws {
        let server = try Server(site: ImprintBinary.copyFixture("golden-site/input"))
        let events = try LoopbackHTTP.events(port: server.port)
        let first = try server.nextBuild(events, after: 0)
        #expect(first["ok"] as? Bool == true)
        let generation = first["generation"] as! Int

        let brief = "content/briefs/gas-prices.md"
        let original = try server.read(brief)
        try server.save(brief, original.replacingOccurrences(of: "Prices doubled.", with: "Prices rose by half again."))
        let reload = try server.nextBuild(events, after: generation)
        #expect(reload["ok"] as? Bool == true)
        #expect(reload["stylesheetsOnly"] as? Bool == false)
        let page = try LoopbackHTTP.request(port: server.port, "/research/briefs/gas-prices/")
        #expect(page.status == 200)
        #expect(page.body.contains("Prices rose by half again."))
        #expect(page.body.contains("var generation = \(reload["generation"] as! Int);"))
        try server.waitFor(#"brief gas-prices edited · 1 page re-rendered · \d+ ms"#)

        // A stylesheet alone is swapped, not reloaded.
        try FileManager.default.createDirectory(at: server.site.appendingPathComponent("static/css"), withIntermediateDirectories: true)
        try server.save("static/css/site.css", "body { background: #fffdf5; }\n")
        let css = try server.nextBuild(events, after: reload["generation"] as! Int)
        #expect(css["stylesheetsOnly"] as? Bool == true)
        #expect(try LoopbackHTTP.request(port: server.port, "/research/css/site.css").body == "body { background: #fffdf5; }\n")

        #expect(server.interrupt() == 0)
        #expect(server.text.contains("Stopping"))
    }

    /// The preview opens before any copy is made: each copy and card is made when the browser
    /// asks for it, from the cache the next time, and never lands in the preview folder.
    @Test(.enabled(if: ImageVariantTests.vips != nil, "libvips-tools is not installed"))
    func imageCopiesAndShareCardsAreMadeWhenAskedFor() throws {
        let site = try ImprintBinary.copyFixture("golden-site/input")
        try ImageVariantTests.runVips(["gaussnoise", site.appendingPathComponent("content/briefs/grid-reform/photo.png").path, "1000", "600"])
        let index = site.appendingPathComponent("content/briefs/grid-reform/index.md")
        try Data((try String(contentsOf: index, encoding: .utf8) + "\n![Noise](photo.png)\n").utf8).write(to: index)
        let server = try Server(site: site)
        let page = try LoopbackHTTP.request(port: server.port, "/research/briefs/grid-reform/")
        #expect(page.body.contains("srcset=\"photo.png.480w.webp 480w, photo.png.800w.webp 800w, photo.png 1000w\""), "\(page.body)")
        let before = (try? FileManager.default.contentsOfDirectory(atPath: site.appendingPathComponent(".imprint-cache/images").path)) ?? []
        #expect(!before.contains { $0.hasSuffix(".webp") || $0.hasSuffix(".jpg") }, "nothing made before it is asked for: \(before)")
        let copy = try LoopbackHTTP.request(port: server.port, "/research/briefs/grid-reform/photo.png.800w.webp")
        #expect(copy.status == 200)
        #expect(copy.headers["content-type"] == "image/webp", "\(copy.headers)")
        #expect(copy.body.hasPrefix("RIFF"))
        let card = try LoopbackHTTP.request(port: server.port, "/research/briefs/gas-prices/share.jpg")
        #expect(card.status == 200)
        #expect(card.headers["content-type"] == "image/jpeg", "\(card.headers)")
        let cached = try FileManager.default.contentsOfDirectory(atPath: site.appendingPathComponent(".imprint-cache/images").path)
        #expect(cached.contains { $0.hasSuffix("-800w-q80.webp") } && cached.contains { $0.hasSuffix("-card-q85.jpg") }, "\(cached)")
        #expect(try LoopbackHTTP.request(port: server.port, "/research/briefs/grid-reform/photo.png.1600w.webp").status == 404,
                "only the widths the page offers")
        // An edit elsewhere re-renders other pages; the copies this page offers stay available.
        let events = try LoopbackHTTP.events(port: server.port)
        let generation = try server.nextBuild(events, after: 0)["generation"] as! Int
        try server.save("content/briefs/gas-prices.md", try server.read("content/briefs/gas-prices.md").replacingOccurrences(of: "topics: [electricity]", with: "topics: [electricity, gas]"))
        let second = try server.nextBuild(events, after: generation)["generation"] as! Int
        #expect(try LoopbackHTTP.request(port: server.port, "/research/briefs/grid-reform/photo.png.480w.webp").status == 200)
        // An edit of a body alone (the quick lane, which lets go of the cards' models while it
        // replaces the brief) keeps every card available, the edited brief's included.
        try server.save("content/briefs/gas-prices.md", try server.read("content/briefs/gas-prices.md") + "\nOne more sentence.\n")
        _ = try server.nextBuild(events, after: second)
        try server.waitFor("gas-prices edited · 1 page re-rendered")
        for slug in ["gas-prices", "grid-reform"] {
            let again = try LoopbackHTTP.request(port: server.port, "/research/briefs/\(slug)/share.jpg")
            #expect(again.status == 200 && again.headers["content-type"] == "image/jpeg", "\(slug): \(again.status)")
        }
        #expect(server.interrupt() == 0)
    }

    @Test func aBrokenEditShowsTheOverlayUntilItIsFixed() throws {
        let server = try Server(site: ImprintBinary.copyFixture("golden-site/input"))
        let events = try LoopbackHTTP.events(port: server.port)
        var generation = try server.nextBuild(events, after: 0)["generation"] as! Int

        let brief = "content/briefs/grid-reform/index.md"
        let original = try server.read(brief)
        try server.save(brief, original.replacingOccurrences(of: "centre: energy", with: "centre: enrgy"))
        let broken = try server.nextBuild(events, after: generation)
        generation = broken["generation"] as! Int
        #expect(broken["ok"] as? Bool == false)
        #expect((broken["overlay"] as? String)?.contains("content/briefs/grid-reform/index.md:8:9") == true)
        for target in ["/research/briefs/grid-reform/", "/research/people/"] {
            let page = try LoopbackHTTP.request(port: server.port, target)
            #expect(page.status == 200)
            #expect(page.body.contains("<div id=\"imprint-error-overlay\""), "\(target)")
            #expect(page.body.contains("unknown centre `enrgy`; did you mean `energy`?"), "\(target)")
            #expect(page.body.contains("centre: enrgy"), "the offending line")
        }

        try server.save(brief, original)
        let fixed = try server.nextBuild(events, after: generation)
        #expect(fixed["ok"] as? Bool == true)
        let page = try LoopbackHTTP.request(port: server.port, "/research/briefs/grid-reform/")
        #expect(!page.body.contains("<div id=\"imprint-error-overlay\""))
        #expect(server.interrupt() == 0)
    }

    @Test func aPortInUseNamesAFreeOne() throws {
        let first = try Server(site: ImprintBinary.copyFixture("golden-site/input"))
        let result = try ImprintBinary.run(["serve", "--site", first.site.path, "--port", String(first.port)])
        #expect(result.status == 2)
        #expect(result.stderr.contains("port \(first.port) on 127.0.0.1 is already in use"))
        #expect(result.stderr.contains("imprint serve --port "))
        #expect(first.interrupt() == 0)
    }

    @Test func traversalOverARealSocket() throws {
        let server = try Server(site: ImprintBinary.copyFixture("golden-site/input"))
        for target in ["/research/../site.yaml", "/research/%2e%2e/site.yaml", "/research/..%2fsite.yaml",
                       "/research/..\\site.yaml", "/research/%00", "/../../../../etc/passwd"] {
            let response = try LoopbackHTTP.request(port: server.port, target)
            #expect(response.status == 400 || response.status == 404, "\(target) → \(response.status)")
            #expect(!response.body.contains("base_url"), "\(target)")
        }
        #expect(try LoopbackHTTP.request("DELETE", port: server.port, "/research/").status == 405)
        #expect(server.interrupt() == 0)
    }
}
