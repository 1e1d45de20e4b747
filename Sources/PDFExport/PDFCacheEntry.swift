/// What the cache knows about one brief's PDF, stored as `<slug>.json` beside `<slug>.pdf`.
public struct PDFCacheEntry: Codable, Sendable, Equatable {
    /// Hash of everything the PDF is made from except the tool.
    public var contentHash: String
    /// `WeasyPrint.identity` of the program that made it.
    public var tool: String
    public var pages: Int?
    public var bytes: Int

    public init(contentHash: String, tool: String, pages: Int?, bytes: Int) {
        self.contentHash = contentHash
        self.tool = tool
        self.pages = pages
        self.bytes = bytes
    }
}
