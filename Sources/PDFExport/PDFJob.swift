/// One brief to print: the print page and what its PDF is made from.
public struct PDFJob: Sendable {
    public var slug: String
    /// The brief's Markdown file, site-relative: messages about the PDF name it.
    public var sourcePath: String
    /// The print page, HTML.
    public var html: String
    /// The brief's web address; relative links in the print page resolve against it.
    public var baseURL: String
    /// Hash of the print page and every file it uses (stylesheet, images), without the tool.
    public var contentHash: String

    public init(slug: String, sourcePath: String, html: String, baseURL: String, contentHash: String) {
        self.slug = slug
        self.sourcePath = sourcePath
        self.html = html
        self.baseURL = baseURL
        self.contentHash = contentHash
    }
}
