import MarkdownRender
import SiteModel

/// The pipeline's result, before anything is swapped in: every diagnostic, the planned and
/// rendered site, and the staging folder that already holds the brief pages when it streamed.
struct PipelineRun {
    /// Nil when site.yaml or the templates are unusable (the diagnostics say why).
    var prepared: SiteBuild.Prepared?
    var diagnostics: [Diagnostic]
    /// Every checked brief with its rendered body (or facts), in load order.
    var checkedBriefs: [(Brief, RenderedMarkdown)] = []
    /// The staging folder the brief pages were written into as they were rendered.
    var writer: OutputWriter?
    /// Why the staging folder could not be prepared or a page not written.
    var writeFailure: String?

    var hasErrors: Bool { diagnostics.contains { $0.severity == .error } }
}
