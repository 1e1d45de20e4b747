import Foundation
import SiteModel

/// Makes the PDFs that are not current in the cache, several WeasyPrint processes at a time.
/// A brief that fails is reported with its file and does not stop the others.
public struct PDFExporter: Sendable {
    public let cache: PDFCache
    public let weasyPrint: WeasyPrint
    /// WeasyPrint processes at once.
    public let workers: Int
    /// Seconds one brief may take.
    public let timeout: Double
    public let progress: (any PDFProgress)?

    public init(cache: PDFCache, weasyPrint: WeasyPrint, workers: Int, timeout: Double, progress: (any PDFProgress)? = nil) {
        self.cache = cache
        self.weasyPrint = weasyPrint
        self.workers = max(1, workers)
        self.timeout = timeout
        self.progress = progress
    }

    /// One outcome per job, in the order of `jobs`. With `force`, cached PDFs are made again.
    public func export(_ jobs: [PDFJob], force: Bool = false) -> [PDFOutcome] {
        do {
            try cache.prepare()
        } catch {
            return jobs.map { failed($0, "cannot create the PDF cache \(cache.folder.path): \(error.localizedDescription)") }
        }
        var outcomes = [PDFOutcome?](repeating: nil, count: jobs.count)
        var todo: [Int] = []
        for (index, job) in jobs.enumerated() {
            if !force, let artifact = cache.fresh(job.slug, contentHash: job.contentHash, tool: weasyPrint.identity) {
                outcomes[index] = PDFOutcome(slug: job.slug, sourcePath: job.sourcePath, status: .unchanged,
                                             artifact: artifact, problems: [])
            } else {
                todo.append(index)
            }
        }
        progress?.start(total: todo.count)
        let made = todo.concurrentMap(jobs: workers, threads: .dedicated) { [self] index in
            let job = jobs[index]
            progress?.began(job)
            let outcome = make(job)
            if case .made(let seconds) = outcome.status {
                progress?.finished(job, seconds: seconds, failed: false)
            } else {
                progress?.finished(job, seconds: 0, failed: true)
            }
            return outcome
        }
        progress?.end()
        for (k, index) in todo.enumerated() { outcomes[index] = made[k] }
        return outcomes.map { $0! }
    }

    /// Writes the print page beside the PDF (a designer can open it), runs WeasyPrint into a
    /// part file and moves it into place, then records the cache entry.
    func make(_ job: PDFJob) -> PDFOutcome {
        let start = Date()
        // Forget the old PDF first: if this run fails, no stale PDF may look current.
        cache.remove(job.slug)
        let html = cache.htmlURL(job.slug)
        let part = cache.folder.appendingPathComponent("\(job.slug).pdf.part")
        let pdf = cache.pdfURL(job.slug)
        let fm = FileManager.default
        do {
            try Data(job.html.utf8).write(to: html, options: .atomic)
        } catch {
            return failed(job, "cannot write the print page \(html.path): \(error.localizedDescription)")
        }
        let messages: [String]
        do {
            messages = try weasyPrint.render(html: html, to: part, baseURL: job.baseURL, timeout: timeout)
        } catch {
            try? fm.removeItem(at: part)
            var problems = [PDFProblem]()
            if case .timedOut(_, _, let stderr) = error {
                problems = warnings(job, WeasyPrint.messages(stderr))
                return failed(job, "no PDF: \(error) (a longer limit: site.yaml `pdf: { timeout: SECONDS }`)", problems)
            }
            return failed(job, "no PDF: \(error)", problems)
        }
        do {
            if fm.fileExists(atPath: pdf.path) { try fm.removeItem(at: pdf) }
            try fm.moveItem(at: part, to: pdf)
            let bytes = (try fm.attributesOfItem(atPath: pdf.path)[.size] as? NSNumber)?.intValue ?? 0
            let pages = PDFPageCounter.pages(in: pdf)
            try cache.store(PDFCacheEntry(contentHash: job.contentHash, tool: weasyPrint.identity, pages: pages, bytes: bytes),
                            for: job.slug)
            return PDFOutcome(slug: job.slug, sourcePath: job.sourcePath,
                              status: .made(seconds: Date().timeIntervalSince(start)),
                              artifact: PDFArtifact(slug: job.slug, file: pdf, pages: pages, bytes: bytes),
                              problems: warnings(job, messages))
        } catch {
            cache.remove(job.slug)
            return failed(job, "cannot store the PDF in \(cache.folder.path): \(error.localizedDescription)", warnings(job, messages))
        }
    }

    private func warnings(_ job: PDFJob, _ messages: [String]) -> [PDFProblem] {
        messages.map { PDFProblem(file: job.sourcePath, severity: .warning, message: "weasyprint: " + $0) }
    }

    private func failed(_ job: PDFJob, _ message: String, _ problems: [PDFProblem] = []) -> PDFOutcome {
        PDFOutcome(slug: job.slug, sourcePath: job.sourcePath, status: .failed, artifact: nil,
                   problems: problems + [PDFProblem(file: job.sourcePath, severity: .error, message: message)])
    }
}
