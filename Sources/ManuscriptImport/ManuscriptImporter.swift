import ContentLoader
import Foundation
import PDFExport
import SiteModel

/// `imprint import FILE.docx`: reads a Word manuscript through Pandoc's document tree and writes
/// `content/briefs/<slug>/index.md` with its images beside it. The file is checked before Pandoc
/// sees it; the bundle is written in a hidden folder and moved into place whole, so a failure
/// leaves nothing behind.
public struct ManuscriptImporter {
    public var siteRoot: URL
    /// Pandoc on PATH unless given.
    public var pandocPath: String?
    public var timeout: Double

    public init(siteRoot: URL, pandocPath: String? = nil, timeout: Double = 120) {
        self.siteRoot = siteRoot
        self.pandocPath = pandocPath
        self.timeout = timeout
    }

    public static let installHint = "install it with `apt-get install pandoc` (Debian, Ubuntu), `brew install pandoc`, or from https://pandoc.org/installing.html"

    public func run(_ file: URL, slug requestedSlug: String?, force: Bool, today: SimpleDate) throws(ImportError) -> ImportReport {
        _ = try DocxProbe.entries(of: file)
        let pandoc: ExternalTool
        do {
            pandoc = try ExternalTool.locate(name: "Pandoc", command: "pandoc", explicitPath: pandocPath,
                                             relativeTo: siteRoot, installHint: Self.installHint)
        } catch {
            throw .pandoc(error)
        }
        let fm = FileManager.default
        let scratch = fm.temporaryDirectory.appendingPathComponent("imprint-import-\(UUID().uuidString)")
        defer { try? fm.removeItem(at: scratch) }
        do { try fm.createDirectory(at: scratch, withIntermediateDirectories: true) } catch { throw .cannotWrite("\(error.localizedDescription)") }
        let media = scratch.appendingPathComponent("media"), json = scratch.appendingPathComponent("document.json")
        do {
            // A heap limit: a zip whose directory lies about its sizes still cannot exhaust memory.
            _ = try pandoc.run(["+RTS", "-M1g", "-RTS", "--from=docx", "--to=json", "--track-changes=all",
                                "--extract-media=\(media.path)", "--output=\(json.path)", file.path], timeout: timeout)
        } catch {
            if case .failed(_, 251, _) = error { throw .tooLarge("Pandoc needed more than 1 GB of memory to read it (a zip bomb?)") }
            throw .pandoc(error)
        }
        guard let data = fm.contents(atPath: json.path) else { throw .unreadablePandocOutput }
        let document = try PandocDocument.decode(data)

        let site = SiteLoader(root: siteRoot, jobs: 1).load().site
        let titleBlock = TitleBlock.read(document.blocks, meta: document.meta, properties: CoreProperties.read(from: file))
        var writer = MarkdownWriter()
        let body = writer.body(Array(document.blocks.dropFirst(titleBlock.length)))

        // A title in another script makes no slug: the file's name, then the date, stand in.
        let madeSlug = titleBlock.title.flatMap(Slug.readable) ?? Slug.readable(file.deletingPathExtension().lastPathComponent)
        let slug = requestedSlug ?? madeSlug ?? "imported-\(today)"
        let path = "content/briefs/\(slug)/index.md"
        var front = FrontMatterDraft(path: path, file: file.lastPathComponent)
        front.compose(titleBlock, site: site, today: today)
        let text = front.text + "\n" + body
        let bodyStart = front.lineCount + 2
        var diagnostics = front.diagnostics
        if requestedSlug == nil, madeSlug == nil {
            diagnostics.append(.warning("import-unclear", "neither the title nor the file's name has letters a slug can use; the brief was named \(slug): choose one with --slug",
                                        at: SourceLocation(file: path, line: 2, column: 1)))
        }
        diagnostics += ReviewFindings.diagnostics(writer, document: document, path: path, bodyStart: bodyStart)
        // Notes, comments and changes inside the title block are not in the body: say so.
        var head = MarkdownWriter()
        _ = head.body(Array(document.blocks.prefix(titleBlock.length)))
        let top = SourceLocation(file: path, line: 2, column: 1)
        for note in head.notes { diagnostics.append(.warning("import-dropped", "a note in the title block was left out: \(note)", at: top)) }
        for comment in head.review.comments {
            diagnostics.append(.warning("import-comment", "comment by \(comment.author.isEmpty ? "a reviewer" : comment.author) on the title block: \(comment.text)", at: top))
        }

        let missing = try BundleWriter(siteRoot: siteRoot, slug: slug, force: force)
            .write(index: text, images: writer.images, from: media)
        for name in missing {
            diagnostics.append(.warning("import-dropped", "the manuscript names an image Pandoc did not extract; \(name) is missing",
                                        at: SourceLocation(file: path, line: bodyStart, column: 1)))
        }
        let summary = Self.summary(file: file, path: path, writer: writer, titleBlock: titleBlock)
        return ImportReport(path: path, summary: summary, diagnostics: diagnostics.sorted())
    }

    static func summary(file: URL, path: String, writer: MarkdownWriter, titleBlock: TitleBlock) -> String {
        func count(_ n: Int, _ one: String, _ many: String) -> String { "\(n) \(n == 1 ? one : many)" }
        var parts = [count(writer.notes.count, "note", "notes"), count(writer.headings, "section", "sections"),
                     count(writer.images.count, "image", "images")]
        if writer.tables > 0 { parts.append(count(writer.tables, "table", "tables")) }
        var line = "Imported \(file.lastPathComponent) as \(path): " + parts.joined(separator: ", ")
        if !titleBlock.authors.isEmpty { line += "; authors: " + titleBlock.authors.map(\.name).joined(separator: ", ") }
        if !titleBlock.editors.isEmpty { line += "; editors: " + titleBlock.editors.joined(separator: ", ") }
        return line
    }
}
