/// A heading of the body, with the unique id it was given.
public struct Heading: Sendable, Hashable {
    public var level: Int
    /// Plain text, for the table of contents and PDF bookmarks.
    public var text: String
    /// Rendered inline HTML (emphasis, code) of the heading.
    public var html: String
    public var id: String
    public var line: Int
    /// The same without links and note references, to sit inside the contents list's link.
    public var contentsHTML: String

    public init(level: Int, text: String, html: String, id: String, line: Int, contentsHTML: String? = nil) {
        self.level = level
        self.text = text
        self.html = html
        self.id = id
        self.line = line
        self.contentsHTML = contentsHTML ?? html
    }
}
