import SiteModel

/// Pages rendered wrong for a reason with a place in the sources (a partial that included
/// itself past the engine's limit): the build stops before swapping anything in.
struct RenderFailure: Error {
    var diagnostics: [Diagnostic]
}
