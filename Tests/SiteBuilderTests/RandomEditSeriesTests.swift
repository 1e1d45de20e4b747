import Foundation
import Testing
@testable import SiteBuilder

/// The preview after any series of edits serves what a fresh build writes (issue 17): edits of
/// every kind drawn at random, each followed by a comparison with a full build. The seed is in
/// every failure message; `IMPRINT_EDIT_SEED=<n>` replays a series.
@Suite struct RandomEditSeriesTests {
    /// SplitMix64: a small generator whose series a seed fixes.
    struct Generator: RandomNumberGenerator {
        var state: UInt64
        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
    }

    typealias Workspace = IncrementalBuildTests.Workspace

    /// Every brief file of the workspace now, site-relative.
    static func briefs(_ w: Workspace) -> [String] {
        let fm = FileManager.default
        let folder = w.root.appendingPathComponent("content/briefs")
        return ((try? fm.contentsOfDirectory(atPath: folder.path)) ?? []).sorted().compactMap { name in
            if name.hasSuffix(".md") { return "content/briefs/" + name }
            let index = "content/briefs/\(name)/index.md"
            return fm.fileExists(atPath: w.root.appendingPathComponent(index).path) ? index : nil
        }
    }

    static func files(_ w: Workspace, in folder: String) -> [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: w.root.appendingPathComponent(folder).path)) ?? [])
            .filter { $0.hasSuffix(".md") }.sorted().map { folder + "/" + $0 }
    }

    /// Sets a front-matter key (a whole line) in the file at `path`, adding it when missing.
    static func set(_ w: Workspace, _ path: String, _ key: String, _ value: String) throws {
        var lines = try w.read(path).split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let close = lines.dropFirst().firstIndex(of: "---")!
        if let i = lines[1..<close].firstIndex(where: { $0.hasPrefix(key + ":") }) {
            lines[i] = "\(key): \(value)"
        } else {
            lines.insert("\(key): \(value)", at: close)
        }
        try w.write(path, lines.joined(separator: "\n"))
    }

    @Test func aRandomSeriesOfEditsAlwaysMatchesAFullBuild() throws {
        let seed = ProcessInfo.processInfo.environment["IMPRINT_EDIT_SEED"].flatMap(UInt64.init)
            ?? UInt64(Date().timeIntervalSince1970 * 1000)
        var random = Generator(state: seed)
        let w = try Workspace()
        w.rebuild()
        var created: [String] = []
        let topics = ["electricity", "Climate Finance", "water", "gas markets", "Trade"]
        for step in 1...14 {
            let kind = Int.random(in: 0..<10, using: &random)
            let briefs = Self.briefs(w)
            let brief = briefs.randomElement(using: &random)!
            var changed = [brief]
            let name: String
            switch kind {
            case 0:
                name = "body text of \(brief)"
                try w.write(brief, try w.read(brief) + "\nA sentence added in step \(step).\n")
            case 1:
                name = "title of \(brief)"
                try Self.set(w, brief, "title", "\"Retitled in step \(step)\"")
            case 2:
                // Up to 2030: a date after today embargoes the brief, which the preview and a
                // full build must then leave out alike (its links to itself are not errors).
                let date = String(format: "%04d-%02d-%02d", Int.random(in: 2023...2030, using: &random),
                                  Int.random(in: 1...12, using: &random), Int.random(in: 1...28, using: &random))
                name = "date of \(brief) to \(date)"
                try Self.set(w, brief, "date", date)
            case 3:
                let chosen = topics.filter { _ in Bool.random(using: &random) }
                name = "topics of \(brief) to \(chosen)"
                try Self.set(w, brief, "topics", "[" + chosen.joined(separator: ", ") + "]")
            case 4:
                let person = Self.files(w, in: "content/people").randomElement(using: &random)!
                name = "name of \(person)"
                try Self.set(w, person, "name", "Person Renamed \(step)")
                changed = [person]
            case 5:
                let centre = Self.files(w, in: "content/centres").randomElement(using: &random)!
                name = "name of \(centre)"
                try Self.set(w, centre, "name", "Centre Renamed \(step)")
                changed = [centre]
            case 6:
                let path = "content/briefs/added-\(step).md"
                name = "new brief \(path)"
                try w.write(path, "---\ntitle: Added in step \(step)\ndate: 2025-0\(Int.random(in: 1...9, using: &random))-15\n"
                    + "authors: [ali-raza]\ntopics: [\(topics.randomElement(using: &random)!)]\n---\nNew text.[^n]\n\n[^n]: A note.\n")
                created.append(path)
                changed = [path]
            case 7:
                guard let path = created.popLast() else { continue }
                name = "removed brief \(path)"
                try w.remove(path)
                changed = [path]
            case 8:
                let paginate = Int.random(in: 1...3, using: &random)
                name = "site.yaml paginate \(paginate)"
                let text = try w.read("site.yaml")
                let line = text.split(separator: "\n").first { $0.hasPrefix("paginate:") }!
                try w.write("site.yaml", text.replacingOccurrences(of: String(line), with: "paginate: \(paginate)"))
                changed = ["site.yaml"]
            default:
                let path = "static/files/step-\(step).txt"
                name = "static file \(path)"
                try w.write(path, "step \(step)\n")
                changed = [path]
            }
            let result = w.builder.build(changed: changed)
            #expect(result.succeeded, "seed \(seed), step \(step) (\(name)): \(result.diagnostics)")
            try w.expectSameAsFullBuild("seed \(seed), step \(step) (\(name))")
        }
    }
}
