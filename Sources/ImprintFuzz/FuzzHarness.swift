import ContentLoader
import Foundation
import ManuscriptImport
import MarkdownRender
import SiteBuilder
import SiteModel
import TemplateEngine

/// What the fuzz inputs are: chosen once per process by `IMPRINT_FUZZ_TARGET` (brief when unset),
/// so each input kind has its own seed corpus (`Tests/Fixtures/fuzz-corpus`, `fuzz-corpus-site`,
/// `fuzz-corpus-people`, `fuzz-corpus-image`, `fuzz-corpus-docx`, `fuzz-corpus-pandoc`,
/// `fuzz-corpus-template`).
enum FuzzTarget: String, CaseIterable, Sendable {
    /// A brief: front matter → brief → Markdown passes → HTML.
    case brief
    /// `site.yaml` → `SiteConfig`.
    case site
    /// `content/people/<id>.md` → `Person`.
    case people
    /// An image file's header → `ImageSize` (PNG, GIF, JPEG with EXIF, WebP, SVG).
    case image
    /// A manuscript's bytes → the .docx (zip) check of `imprint import`.
    case docx
    /// Pandoc's JSON → title block and Markdown of `imprint import`.
    case pandoc
    /// A theme's Mustache template → compiled nodes → rendered against a small model.
    case template

    static let variable = "IMPRINT_FUZZ_TARGET"

    /// Read once, on first use; an unknown name stops the process before any input is run.
    static let selected: FuzzTarget = {
        let name = ProcessInfo.processInfo.environment[variable] ?? ""
        if name.isEmpty { return .brief }
        guard let target = FuzzTarget(rawValue: name) else {
            let names = allCases.map(\.rawValue).joined(separator: ", ")
            FileHandle.standardError.write(Data("imprint-fuzz: \(variable) must be one of \(names), not `\(name)`\n".utf8))
            exit(2)
        }
        return target
    }()
}

/// One fuzz input through the part of Imprint that `FuzzTarget.selected` names. Any crash,
/// hang, sanitizer report or broken precondition is a bug.
enum FuzzHarness {
    static let renderer = MarkdownRenderer()

    static func run(_ bytes: [UInt8]) {
        switch FuzzTarget.selected {
        case .brief: brief(bytes)
        case .site: site(bytes)
        case .people: people(bytes)
        case .image: image(bytes)
        case .docx: ImportFuzzing.probe(bytes)
        case .pandoc: ImportFuzzing.convert(bytes)
        case .template: template(bytes)
        }
    }

    /// Load-and-render of one brief.
    static func brief(_ bytes: [UInt8]) {
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

    /// `site.yaml`, decoded as the loader does.
    static func site(_ bytes: [UInt8]) {
        let path = "site.yaml"
        let (config, diagnostics) = SiteConfigDecoder.decode(bytes)
        located(diagnostics, in: path)
        guard let config else { return }
        precondition(config.baseURL.hasSuffix("/"), "base_url without its final slash")
        precondition(!config.types.isEmpty, "no brief types")
        precondition(config.paginate >= 1 && config.feedLimit >= 1, "paginate or feed_limit below 1")
        // The builder counts list pages as (briefs + paginate - 1) / paginate: a value it
        // cannot do that with for a site of a million briefs should have been refused.
        precondition(!config.paginate.addingReportingOverflow(1_000_000).overflow, "paginate too large to count pages with")
    }

    /// A people file, decoded as the loader does.
    static func people(_ bytes: [UInt8]) {
        let path = "content/people/fuzz.md"
        let (person, diagnostics) = PersonDecoder.decode(bytes, path: path, id: "fuzz")
        located(diagnostics, in: path)
        guard let person else { return }
        precondition(person.id == "fuzz" && person.sourcePath == path, "person with another id or file")
        precondition(person.bodyStartLine >= 1, "biography before the first line")
    }

    /// An image header, measured as the build does for every `<img>`.
    static func image(_ bytes: [UInt8]) {
        guard let size = ImageSize.read(bytes) else { return }
        precondition(size.width > 0 && size.height > 0, "an image size that is not positive")
    }

    /// A template that compiles is rendered as a page, as its own partial and as its own
    /// parent (recursion stops at the engine's depth limit, at once, however often the template
    /// names itself); one that does not must say where.
    static func template(_ bytes: [UInt8]) {
        guard let text = String(validating: bytes, as: UTF8.self) else { return }
        do {
            let template = try Template(text)
            var library = TemplateLibrary()
            for name in ["page", "p", "base", "brief-card"] { library.register(template, named: name) }
            let card: [String: Any] = ["title": "<T>", "url": "/x/", "subtitle": TemplateNull(), "draft": false]
            let model: [String: Any] = [
                "site": ["title": "S", "nav": [["title": "N", "url": "/"]]], "page": ["title": "P"],
                "briefs": [card, card], "has_briefs": true, "t": ["by": "By"], "count": 2, "empty": [String](),
            ]
            _ = try? library.renderBytes("page", model)
        } catch {
            let lines = text.utf8.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false).count
            precondition(error.line >= 1 && error.line <= lines && error.column >= 1, "error outside the template: \(error)")
        }
    }

    /// Every diagnostic points into the file that was read.
    static func located(_ diagnostics: [Diagnostic], in path: String) {
        for d in diagnostics {
            precondition(d.location.file == path, "diagnostic in another file")
            precondition(d.location.line >= 1 && d.location.column >= 1, "diagnostic before the first line")
            precondition(!d.code.isEmpty && !d.message.isEmpty, "diagnostic without a code or message")
        }
    }
}
