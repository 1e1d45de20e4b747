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
        var timer = PhaseTimer()
        let (loadedOrNil, loadDiagnostics) = load(keepingBodies: false, timer: &timer)
        var diagnostics = loadDiagnostics
        guard let loaded = loadedOrNil else { return failed(diagnostics, start: start) }
        let render = bodyRenderer(loaded.site, rootPath: loaded.scheme.basePath)
        let noBriefs = RenderedContent(briefs: Array(repeating: RenderedMarkdown(), count: loaded.resolved.briefs.count),
                                       people: [:], centres: [:], pages: [:])
        var prepared = assemble(loaded, content: noBriefs, timer: &timer, diagnostics: &diagnostics)

        // Static files go in first, as in `write`, so that a page at the same path wins.
        // After an error in the front matter (a slug that would leave the output folder, say)
        // the bodies are still checked, but nothing is written.
        let canRender = loaded.templates != nil
        var writer: OutputWriter? = nil
        var writeFailure: String? = nil
        var failureCode = "write-failed"
        if canRender && !diagnostics.contains(where: { $0.severity == .error }) {
            do {
                let staging = try OutputWriter(output: options.output, siteRoot: options.siteRoot, force: options.force)
                try staging.prepare()
                writer = staging
                try copyStatic(prepared, staging)
            } catch {
                writeFailure = "\(error)"
                failureCode = (error as? OutputFailure)?.code ?? failureCode
            }
        }
        let streamed = renderBriefs(loaded, planner: prepared.planner, writer: writeFailure == nil ? writer : nil,
                                    pdfs: canRender ? CachedPDFs(printer: printPlanner(prepared), siteRoot: options.siteRoot) : nil,
                                    render: render)
        timer.mark("briefs")
        for pdf in streamed.flatMap(\.published) { prepared.planner.models.pdfs[pdf.slug] = pdf }
        let pairs = Array(zip(loaded.site.briefs + loaded.site.invalidBriefs, streamed.map(\.facts)))
        let (content, renderDiagnostics) = content(briefs: pairs, loaded: loaded, render: render)
        diagnostics += renderDiagnostics
        prepared.planner.models.content = content
        prepared.files = FilePlanner(pages: prepared.planner)
        diagnostics += checkLinks(prepared, site: loaded.site, content: content, checkedBriefs: pairs)
        timer.mark("links")
        diagnostics = Self.sorted(diagnostics)

        // As `run` does: errors first (nothing is written), then a failure to write.
        guard canRender, !diagnostics.contains(where: { $0.severity == .error }) else {
            writer?.discard()
            return failed(diagnostics, start: start)
        }
        let failure = writeFailure ?? streamed.lazy.compactMap(\.failure).first
        guard let writer, failure == nil else {
            writer?.discard()
            return failed(diagnostics + [writeFailed(failure ?? "the output folder could not be prepared", code: failureCode)], start: start,
                          sorting: false)
        }
        do {
            let (pages, postDiagnostics) = try write(prepared, into: writer, streamed: true)
            diagnostics = Self.sorted(diagnostics + postDiagnostics)
            if postDiagnostics.isEmpty {
                cache?.record(pageCount: pages, briefCount: prepared.site.briefs.count, diagnostics: diagnostics)
            }
            return BuildResult(diagnostics: diagnostics, pageCount: pages, briefCount: prepared.site.briefs.count,
                               seconds: Self.seconds(since: start), wrote: true)
        } catch {
            return failed(diagnostics + [writeFailed("\(error)")], start: start, sorting: false)
        }
    }

    /// Renders every checked brief's body in parallel and, with a writer, writes its page at
    /// once. A checked brief's page is the page of the built brief with its slug, when it is the
    /// first checked brief with that slug (`firstOfEachSlug`, as `content(briefs:)` picks).
    private func renderBriefs(_ loaded: Loaded, planner: PagePlanner, writer: OutputWriter?, pdfs: CachedPDFs?,
                              render: @escaping BodyRenderer) -> [StreamedBrief] {
        let checked = loaded.site.briefs + loaded.site.invalidBriefs
        let firstChecked = Self.firstOfEachSlug(checked)
        var pagesOfChecked: [Int: [Int]] = [:]
        for (j, brief) in loaded.resolved.briefs.enumerated() {
            if let i = firstChecked[brief.slug] { pagesOfChecked[i, default: []].append(j) }
        }
        let pagesOf = pagesOfChecked, sources = loaded.sources
        return Array(checked.indices).concurrentMap(jobs: options.jobs) { i -> StreamedBrief in
            let output = Self.renderBrief(i, of: checked, sources: sources, render: render)
            var brief = StreamedBrief(facts: output.facts, failure: nil, published: [])
            guard let writer else { return brief }
            for j in pagesOf[i] ?? [] where brief.failure == nil {
                let pdf = pdfs?.current(j, rendered: output)
                if let pdf { brief.published.append(pdf) }
                let (path, html) = planner.renderBrief(j, rendered: output, pdf: pdf)
                do { try writer.write(path, Data(html.utf8)) } catch { brief.failure = "\(error)" }
            }
            return brief
        }
    }

    private func failed(_ diagnostics: [Diagnostic], start: DispatchTime, sorting: Bool = true) -> BuildResult {
        BuildResult(diagnostics: sorting ? Self.sorted(diagnostics) : diagnostics, pageCount: 0, briefCount: 0,
                    seconds: Self.seconds(since: start), wrote: false)
    }

    private func writeFailed(_ message: String, code: String = "write-failed") -> Diagnostic {
        .error(code, message, at: SourceLocation(file: options.output.path))
    }
}
