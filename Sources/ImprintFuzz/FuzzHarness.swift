import ContentLoader
import MarkdownRender
import SiteModel

/// One fuzz input through the load-and-render pipeline: bytes → front matter → brief →
/// Markdown passes → HTML. Any crash, hang or sanitizer report is a bug.
enum FuzzHarness {
    static let renderer = MarkdownRenderer()

    static func run(_ bytes: [UInt8]) {
        let (brief, _) = BriefFile.decode(bytes, path: "content/briefs/fuzz.md", slug: "fuzz")
        // Render the body even when the front matter is broken, as the build does.
        let body: String
        let firstLine: Int
        if let brief {
            body = brief.body
            firstLine = brief.bodyStartLine
        } else {
            body = String(decoding: bytes, as: UTF8.self)
            firstLine = 1
        }
        let out = renderer.render(body, file: "content/briefs/fuzz.md", firstLine: firstLine, idPrefix: "fuzz")
        // Every note must be reachable from its references and back.
        for note in out.notes {
            precondition(out.notesHTML.contains("id=\"\(note.id)\""), "note without its id")
        }
    }
}
