/// The two feed formats every feed is written in.
enum FeedFormat: String, Sendable, CaseIterable {
    case atom
    case json

    var fileName: String { self == .atom ? "feed.xml" : "feed.json" }

    /// For `<link rel="alternate" type="…">`.
    var mediaType: String { self == .atom ? "application/atom+xml" : "application/feed+json" }
}
