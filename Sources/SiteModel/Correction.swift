/// A dated correction notice (`corrections: [{date: 2025-02-03, text: "…"}]`), shown on the
/// brief's page and PDF and counted as an update in feeds and metadata. `text` is Markdown.
public struct Correction: Sendable, Hashable {
    public var date: SimpleDate
    public var text: String
    public var location: SourceLocation

    public init(date: SimpleDate, text: String, location: SourceLocation) {
        self.date = date
        self.text = text
        self.location = location
    }
}
