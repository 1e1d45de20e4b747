/// A link or image destination found in the body, kept for the link checks.
public struct MarkdownLink: Sendable, Hashable {
    public var destination: String
    public var isImage: Bool
    /// Image alt text, or the link's text.
    public var text: String
    public var line: Int
    public var column: Int

    public init(destination: String, isImage: Bool, text: String, line: Int, column: Int) {
        self.destination = destination
        self.isImage = isImage
        self.text = text
        self.line = line
        self.column = column
    }
}
