import Foundation

/// A PDF ready to publish: where it is in the cache, and what the brief page says about it.
public struct PDFArtifact: Sendable, Equatable {
    public var slug: String
    public var file: URL
    /// Nil when the page count could not be read from the file.
    public var pages: Int?
    public var bytes: Int

    public init(slug: String, file: URL, pages: Int?, bytes: Int) {
        self.slug = slug
        self.file = file
        self.pages = pages
        self.bytes = bytes
    }
}
