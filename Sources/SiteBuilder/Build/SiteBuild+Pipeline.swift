import ContentLoader
import Foundation
import MarkdownRender
import PDFExport
import SiteModel

/// The one chain every mode runs through (docs/architecture.md): load and resolve → plan every
/// page, card, listing and file from front matter alone → render each body (writing its page
/// at once when the build streams) → the content the listings, feeds and checks need → link
/// and image checks. Modes differ only in the two ends: where bodies come from (`BodySource`)
/// and whether pages go to a staging folder as they are rendered.
extension SiteBuild {
    /// Whether `run` streams: a build that makes no PDFs (it may publish cached ones), outside
    /// serve, which keeps every body to re-render pages after an edit. Making PDFs needs every
    /// print page before any brief page can say how long its PDF is.
    var streams: Bool {
        options.pdf == nil && caches == nil
    }

    /// Runs the chain. With `streamingInto`, the staging folder is prepared (when the front
    /// matter has no error) and each brief's page is written into it as soon as its body is
    /// rendered; the caller swaps it in or discards it.
    func pipeline(bodies: BodySource, streaming: Bool, timer: inout PhaseTimer) -> PipelineRun {
        let (loadedOrNil, loadDiagnostics) = load(keepingBodies: bodies == .kept, timer: &timer)
        var diagnostics = loadDiagnostics
        guard let loaded = loadedOrNil else { return PipelineRun(prepared: nil, diagnostics: Self.sorted(diagnostics)) }
        let render = bodyRenderer(loaded.site, rootPath: loaded.scheme.basePath)
        // The plan: every page and card from front matter, before any body is rendered.
        let noBriefs = RenderedContent(briefs: Array(repeating: RenderedMarkdown(), count: loaded.resolved.briefs.count),
                                       people: [:], centres: [:], pages: [:])
        var prepared = assemble(loaded, content: noBriefs, timer: &timer, diagnostics: &diagnostics)
        // The other languages are planned before any page is written: every page links its versions.
        let editions = planEditions(loaded, default: &prepared, timer: &timer, diagnostics: &diagnostics)

        // Static files go in first, as in `write`, so that a page at the same path wins.
        // After an error in the front matter (a slug that would leave the output folder, say)
        // the bodies are still checked, but nothing is written.
        let canRender = loaded.templates != nil
        var run = PipelineRun(prepared: nil, diagnostics: [])
        if streaming && canRender && !diagnostics.contains(where: { $0.severity == .error }) {
            do {
                let staging = try OutputWriter(output: options.output, siteRoot: options.siteRoot, force: options.force)
                try staging.prepare()
                run.writer = staging
                try copyStatic(prepared, staging)
            } catch {
                run.writeFailure = "\(error)"
            }
        }
        let writer = run.writeFailure == nil ? run.writer : nil
        let rendered = renderBriefs(loaded, planner: prepared.planner, keep: bodies == .kept, writer: writer,
                                    pdfs: canRender && writer != nil ? CachedPDFs(printer: printPlanner(prepared), siteRoot: options.siteRoot) : nil,
                                    render: render)
        timer.mark("briefs")
        for pdf in rendered.flatMap(\.published) { prepared.bodies.pdfs[pdf.slug] = pdf }
        run.writeFailure = run.writeFailure ?? rendered.lazy.compactMap(\.failure).first
        let pairs = Array(zip(loaded.site.briefs + loaded.site.invalidBriefs, rendered.map(\.rendered)))
        let (content, renderDiagnostics) = content(briefs: pairs, loaded: loaded, render: render)
        diagnostics += renderDiagnostics
        // The plan stays as it was made; the bodies are what the pages are rendered with.
        prepared.bodies.content = content
        // The other languages' bodies first: a link from one language to another's page (and
        // its anchors) is checked against every language's files.
        let others = renderEditions(editions, render: { edition in bodyRenderer(edition.site, rootPath: edition.scheme.rootPath) },
                                    diagnostics: &diagnostics)
        let otherFiles = others.isEmpty ? nil : editionInventory(others)
        diagnostics += checkLinks(prepared, site: loaded.site, content: content, checkedBriefs: pairs, alsoAt: otherFiles)
        diagnostics += checkRedirects(prepared)
        if let otherFiles {
            diagnostics += checkEditions(others, all: inventory(prepared, site: loaded.site, content: content).over(otherFiles))
            prepared.editions = others.map(\.prepared)
        }
        timer.mark("links")
        run.prepared = canRender ? prepared : nil
        run.diagnostics = Self.sorted(diagnostics)
        run.checkedBriefs = pairs
        return run
    }

    /// The build that writes each brief's page into the staging folder as soon as its Markdown
    /// is rendered, reading the body from its file only then; links are checked when all bodies
    /// are, and any error (or, with `strict`, any warning) discards the staging folder. The
    /// output is the same byte for byte as the kept build's (the golden site is built both ways).
    func streamedRun(start: DispatchTime, cache: BuildCache?) -> BuildResult {
        var timer = PhaseTimer(verbose: options.verbose)
        let run = pipeline(bodies: .readAgain, streaming: true, timer: &timer)
        // Errors first (nothing is written), then a failure to write.
        guard let prepared = run.prepared, !stops(run.diagnostics) else {
            run.writer?.discard()
            return failed(run.diagnostics, start: start)
        }
        guard let writer = run.writer, run.writeFailure == nil else {
            run.writer?.discard()
            return failed(run.diagnostics + [writeFailed(run.writeFailure ?? "the output folder could not be prepared")],
                          start: start, sorting: false)
        }
        do {
            let (pages, postDiagnostics) = try write(prepared, into: writer, streamed: true)
            return written(prepared, pages: pages, diagnostics: run.diagnostics, postDiagnostics: postDiagnostics,
                           cache: cache, start: start)
        } catch {
            return failed(run.diagnostics + failure(error), start: start, sorting: false)
        }
    }

    /// Whether these diagnostics stop a build: any error, or with `--strict` any warning.
    func stops(_ diagnostics: [Diagnostic]) -> Bool {
        diagnostics.contains { $0.severity == .error } || (options.strict && !diagnostics.isEmpty)
    }

    /// Renders every checked brief's body in parallel and, with a writer, writes its page at
    /// once. A checked brief's page is the page of the built brief with its slug, when it is the
    /// first checked brief with that slug (`firstOfEachSlug`, as `content(briefs:)` picks).
    private func renderBriefs(_ loaded: Loaded, planner: PagePlanner, keep: Bool, writer: OutputWriter?, pdfs: CachedPDFs?,
                              render: @escaping BodyRenderer) -> [RenderedBrief] {
        let checked = loaded.site.briefs + loaded.site.invalidBriefs
        let firstChecked = Self.firstOfEachSlug(checked)
        var pagesOfChecked: [Int: [Int]] = [:]
        for (j, brief) in loaded.resolved.briefs.enumerated() {
            if let i = firstChecked[brief.slug] { pagesOfChecked[i, default: []].append(j) }
        }
        let pagesOf = pagesOfChecked, sources = loaded.sources, progress = options.progress
        progress?.begin("Rendering briefs", total: checked.count)
        return Array(checked.indices).concurrentMap(jobs: options.jobs) { i -> RenderedBrief in
            defer { progress?.advance() }
            let output = Self.renderBrief(i, of: checked, sources: sources, render: render)
            var brief = RenderedBrief(rendered: keep ? output : output.facts, failure: nil, published: [])
            guard let writer else { return brief }
            for j in pagesOf[i] ?? [] where brief.failure == nil {
                let pdf = pdfs?.current(j, rendered: output)
                if let pdf { brief.published.append(pdf) }
                let (path, html) = planner.renderBrief(j, rendered: output, pdf: pdf)
                do { try writer.write(path, html) } catch { brief.failure = "\(error)" }
            }
            return brief
        }
    }

    func failed(_ diagnostics: [Diagnostic], start: DispatchTime, sorting: Bool = true, pdf: PDFReport? = nil) -> BuildResult {
        BuildResult(diagnostics: sorting ? Self.sorted(diagnostics) : diagnostics, pageCount: 0, briefCount: 0,
                    seconds: Self.seconds(since: start), wrote: false, pdf: pdf)
    }

    /// Any failure to prepare, write or swap in the output, a refused folder included.
    func writeFailed(_ message: String) -> Diagnostic {
        .error("write-failed", message, at: SourceLocation(file: options.output.path))
    }

    /// What stopped writing the output: the pages' own problems, or the disk's.
    func failure(_ error: any Error) -> [Diagnostic] {
        (error as? RenderFailure)?.diagnostics ?? [writeFailed("\(error)")]
    }
}
