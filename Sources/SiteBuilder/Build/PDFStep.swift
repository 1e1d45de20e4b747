import ContentLoader
import Foundation
import PDFExport
import SiteModel

/// The optional post step of a build: brings the cached PDFs up to date through
/// WeasyPrint when PDFs were asked for, and in every case says which cached PDFs are current
/// and may be published. A build without `--pdf` never runs, or even looks for, WeasyPrint.
struct PDFStep {
    let options: BuildOptions
    let printer: PrintPlanner
    let settings: PDFSettings
    /// Another language's PDFs (DESIGN §7), cached apart from the default's.
    var language: String? = nil
    /// The printable briefs of the other languages, which SLUG arguments may name too.
    var otherSlugs: Set<String> = []

    /// The PDFs to publish, by slug, and the report (nil when no PDFs were asked for).
    func run() -> ([String: PDFArtifact], PDFReport?) {
        let cache = PDFCache(siteRoot: options.siteRoot, language: language)
        guard let pdf = options.pdf else {
            guard cache.exists else { return ([:], nil) }
            return (current(printer.jobs(workers: options.jobs), in: cache), nil)
        }
        let start = Date()
        var (published, report) = make(pdf, cache: cache)
        report.seconds = Date().timeIntervalSince(start)
        report.published = published.count
        if report.stoppedBuild { published = [:] }
        return (published, report)
    }

    private func make(_ pdf: PDFOptions, cache: PDFCache) -> ([String: PDFArtifact], PDFReport) {
        var report = PDFReport()
        guard printer.hasTemplate else {
            report.errors.append("the theme has no templates/\(PrintPlanner.template).mustache, so no PDF can be made")
            report.stoppedBuild = true
            return ([:], report)
        }
        let weasyPrint: WeasyPrint
        do {
            weasyPrint = try WeasyPrint.locate(explicitPath: pdf.weasyprint ?? settings.weasyprint,
                                               relativeTo: options.siteRoot, cache: cache)
        } catch {
            report.errors.append("\(error)")
            report.stoppedBuild = true
            return ([:], report)
        }
        report.tool = weasyPrint.identity

        let jobs = printer.jobs(workers: options.jobs)
        // SLUG arguments name briefs of any language: another language need not have each.
        if language == nil { report.errors += unknownSlugs(pdf.slugs, printable: Set(jobs.map(\.slug)), also: otherSlugs) }
        // Shards split every printable brief, so each machine's share does not depend on SLUG arguments.
        var chosen = Set(pdf.shard.map { $0.select(jobs.map(\.slug)) } ?? jobs.map(\.slug))
        if !pdf.slugs.isEmpty { chosen.formIntersection(pdf.slugs) }
        let exporter = PDFExporter(cache: cache, weasyPrint: weasyPrint, workers: options.jobs,
                                   timeout: pdf.timeout ?? settings.timeout, progress: pdf.progress)
        report.outcomes = exporter.export(jobs.filter { chosen.contains($0.slug) }, force: pdf.force)

        cache.prune(keeping: Set(jobs.map(\.slug)))
        var published = current(jobs.filter { !chosen.contains($0.slug) }, in: cache)
        for outcome in report.outcomes { published[outcome.slug] = outcome.artifact }
        return (published, report)
    }

    /// Cached PDFs whose content is current, whichever WeasyPrint made them.
    func current(_ jobs: [PDFJob], in cache: PDFCache) -> [String: PDFArtifact] {
        var result: [String: PDFArtifact] = [:]
        for job in jobs {
            if let artifact = cache.fresh(job.slug, contentHash: job.contentHash) { result[job.slug] = artifact }
        }
        return result
    }

    func unknownSlugs(_ slugs: [String], printable: Set<String>, also others: Set<String> = []) -> [String] {
        let published = printer.site.briefs.map(\.slug)
        return slugs.filter { !printable.contains($0) && !others.contains($0) }.map { slug in
            if published.contains(slug) { return "the brief `\(slug)` has `pdf: false`, so it gets no PDF" }
            let guess = Suggestions.closest(to: slug, among: Array(printable)).map { "; did you mean `\($0)`?" } ?? ""
            return "no published brief has the slug `\(slug)`\(guess)"
        }
    }
}
