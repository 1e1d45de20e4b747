import ContentLoader
import Foundation
import MarkdownRender
import PDFExport
import SiteModel

extension SiteBuild {
    /// Whether `run` streams: a build that makes no PDFs (it may publish cached ones), outside
    /// serve, which keeps every body to re-render pages after an edit. Making PDFs needs every
    /// print page before any brief page can say how long its PDF is.
    var streams: Bool {
        options.pdf == nil && caches == nil
    }

    /// The build that writes each brief's page into the staging folder as soon as its Markdown
    /// is rendered, reading the body from its file only then, and keeps only the body's facts
    /// (ids, links, word count): memory grows with what the listings need, not with the bodies.
    /// Cards and every model a brief page shows are made from front matter before any body is
    /// rendered; links are checked when all bodies are, and any error discards the staging
    /// folder as in `run`. The output is the same byte for byte (the golden site is built both ways).
    func streamedRun(start: DispatchTime, cache: BuildCache?) -> BuildResult {
        func failed(_ diagnostics: [Diagnostic]) -> BuildResult {
            BuildResult(diagnostics: Self.sorted(diagnostics), pageCount: 0, briefCount: 0,
                        seconds: Self.seconds(since: start), wrote: false)
        }
        var timer = PhaseTimer()
        var (loadedOrNil, diagnostics) = load(keepingBodies: false, timer: &timer)
        guard let loaded = loadedOrNil else { return failed(diagnostics) }
        loadedOrNil = nil
        let writer: OutputWriter
        do {
            writer = try OutputWriter(output: options.output, siteRoot: options.siteRoot)
            try writer.prepare()
        } catch {
            return failed(diagnostics + [.error("write-failed", "\(error)", at: SourceLocation(file: options.output.path))])
        }

        let render = bodyRenderer(loaded.site, rootPath: loaded.scheme.basePath)
        let noBriefs = RenderedContent(briefs: Array(repeating: RenderedMarkdown(), count: loaded.resolved.briefs.count),
                                       people: [:], centres: [:], pages: [:])
        var prepared = assemble(loaded, content: noBriefs, timer: &timer, diagnostics: &diagnostics)

        // A checked brief's page is the page of the built brief with its slug, when it is the
        // first checked brief with that slug (as `content(briefs:)` picks).
        let checked = loaded.site.briefs + loaded.site.invalidBriefs
        var firstChecked: [String: Int] = [:]
        for (i, brief) in checked.enumerated() where firstChecked[brief.slug] == nil { firstChecked[brief.slug] = i }
        var pagesOfChecked: [Int: [Int]] = [:]
        for (j, brief) in loaded.resolved.briefs.enumerated() {
            if let i = firstChecked[brief.slug] { pagesOfChecked[i, default: []].append(j) }
        }
        let pagesOf = pagesOfChecked, planner = prepared.planner, sources = loaded.sources
        let canRender = loaded.templates != nil
        let pdfs = canRender ? CachedPDFs(printer: printPlanner(prepared), siteRoot: options.siteRoot) : nil
        // After an error in the front matter (a slug that would leave the output folder, say)
        // the bodies are still checked, but no page is written.
        let writes = canRender && !diagnostics.contains(where: { $0.severity == .error })
        let streamed = Array(checked.indices).concurrentMap(jobs: options.jobs) { i -> (RenderedMarkdown, String?, [PDFArtifact]) in
            let output = Self.renderBrief(i, of: checked, sources: sources, render: render)
            var failure: String? = nil
            var published: [PDFArtifact] = []
            for j in pagesOf[i] ?? [] where writes && failure == nil {
                let pdf = pdfs?.current(j, rendered: output)
                if let pdf { published.append(pdf) }
                let (path, html) = planner.renderBrief(j, rendered: output, pdf: pdf)
                do { try writer.write(path, Data(html.utf8)) } catch { failure = "\(error)" }
            }
            return (output.facts, failure, published)
        }
        timer.mark("briefs")
        for pdf in streamed.flatMap(\.2) { prepared.planner.models.pdfs[pdf.slug] = pdf }
        let pairs = Array(zip(checked, streamed.map(\.0)))
        let (content, renderDiagnostics) = content(briefs: pairs, loaded: loaded, render: render)
        diagnostics += renderDiagnostics
        prepared.planner.models.content = content
        prepared.files = FilePlanner(pages: prepared.planner)
        diagnostics += checkLinks(prepared, site: loaded.site, content: content, checkedBriefs: pairs)
        timer.mark("links")
        diagnostics = Self.sorted(diagnostics)

        if let failure = streamed.compactMap(\.1).first {
            writer.discard()
            return failed(diagnostics + [.error("write-failed", failure, at: SourceLocation(file: options.output.path))])
        }
        guard canRender, !diagnostics.contains(where: { $0.severity == .error }) else {
            writer.discard()
            return failed(diagnostics)
        }
        do {
            let (pages, postDiagnostics) = try write(prepared, into: writer, briefPagesWritten: true)
            diagnostics = Self.sorted(diagnostics + postDiagnostics)
            if postDiagnostics.isEmpty {
                cache?.record(pageCount: pages, briefCount: prepared.site.briefs.count, diagnostics: diagnostics)
            }
            return BuildResult(diagnostics: diagnostics, pageCount: pages, briefCount: prepared.site.briefs.count,
                               seconds: Self.seconds(since: start), wrote: true)
        } catch {
            return failed(diagnostics + [.error("write-failed", "\(error)", at: SourceLocation(file: options.output.path))])
        }
    }
}
