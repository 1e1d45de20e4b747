/// One output file that is not an HTML page: citation downloads, feeds, sitemap, robots.txt.
enum FileJob: Sendable {
    case citation(brief: Int, format: CitationFormat)
    case feed(FeedScope, FeedFormat)
    /// `Sitemap.paths[file]`.
    case sitemap(file: Int)
    case robots
}
