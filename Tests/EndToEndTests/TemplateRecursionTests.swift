import Foundation
import Testing

/// A theme's templates that include one another without end, through the `imprint` binary:
/// `build` and `check` exit 1 with the loop's place, the previous output untouched, and no hang
/// (the `template` fuzz target once found one that took 2⁶⁴ renders).
@Suite struct TemplateRecursionTests {
    func site() throws -> URL { try ImprintBinary.copyFixture("golden-site/input") }

    func write(_ root: URL, _ path: String, _ text: String) throws {
        let url = root.appendingPathComponent(path)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(text.utf8).write(to: url)
    }

    @Test func aLoopOutsideAnySectionIsAnErrorAtItsFirstTag() throws {
        let root = try site()
        let output = root.deletingLastPathComponent().appendingPathComponent("public")
        #expect(try ImprintBinary.run(["build", "--site", root.path, "--output", output.path]).status == 0)
        let before = try Data(contentsOf: output.appendingPathComponent("404.html"))
        // The parent named twice, as in the fuzzer's input: each level doubles the work.
        try write(root, "templates/partials/frame.mustache", "{{! a frame }}\n{{<frame}}{{$x}}a{{/x}}{{/frame}}\n{{<frame}}{{/frame}}\n")
        try write(root, "templates/404.mustache", "{{<base}}{{$main}}{{>frame}}{{/main}}{{/base}}\n")
        for command in ["build", "check"] {
            let result = try ImprintBinary.run([command, "--site", root.path] + (command == "build" ? ["--output", output.path] : []))
            // `check` reports on standard output, `build` on standard error.
            let text = result.stdout + result.stderr
            #expect(result.status == 1, "\(command): \(text)")
            #expect(text.contains("templates/partials/frame.mustache:2:1: error: `frame` includes itself outside any section"),
                    "\(command): \(text)")
            #expect(text.contains("[template-recursion]"), "\(command): \(text)")
        }
        #expect(try Data(contentsOf: output.appendingPathComponent("404.html")) == before)
    }

    @Test func aLoopTheDataNeverEndsStopsTheBuild() throws {
        let root = try site()
        let output = root.deletingLastPathComponent().appendingPathComponent("public")
        // `t` is in every page's model; inside it, `t` is looked up outward and found again.
        try write(root, "templates/partials/again.mustache", "{{#t}}\n  {{>again}}{{>again}}\n{{/t}}\n")
        try write(root, "templates/404.mustache", "{{<base}}{{$main}}{{>again}}{{/main}}{{/base}}\n")
        let result = try ImprintBinary.run(["build", "--site", root.path, "--output", output.path])
        #expect(result.status == 1, "\(result.stderr)")
        #expect(result.stderr.contains("templates/partials/again.mustache:2:3: error: rendering `404` nested partials and parents more than 64 levels deep"),
                "\(result.stderr)")
        #expect(!FileManager.default.fileExists(atPath: output.path), "a failed first build left an output folder")
    }
}
