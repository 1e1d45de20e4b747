/// A link with a title from site.yaml's `nav` or a person's `links`.
public struct NavItem: Sendable, Hashable {
    public var title: String
    public var url: String
    /// Where the URL is written, for the link checks; nil for links Imprint makes itself.
    public var location: SourceLocation?

    public init(title: String, url: String, location: SourceLocation? = nil) {
        self.title = title
        self.url = url
        self.location = location
    }
}
