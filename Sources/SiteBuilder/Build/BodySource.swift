/// Where the pipeline takes the briefs' Markdown from: one of its two pluggable ends.
enum BodySource: Sendable {
    /// Kept in memory from the load, and every rendered body kept after: a build that makes
    /// PDFs (print pages need every body) and the preview (which re-renders pages after an edit).
    case kept
    /// Read again from each file as it is rendered, and only its facts kept once its page is
    /// written: memory grows with the listings, not with the bodies.
    case readAgain
}
