/// A place in a rendered body that a later step acts on, found in the cmark-gfm tree while the
/// body is rendered, so no step after rendering has to search the HTML for it: the image sizes,
/// the margin notes, the print footnotes and the print's file URLs all start from these.
public struct BodyMark: Sendable, Hashable {
    public enum Kind: Sendable, Hashable {
        /// A Markdown image, `<img src="…" alt="…" />` as cmark-gfm writes it; `src` is the
        /// attribute's value as written (HTML-escaped).
        case image(src: String)
        /// A note reference (`FootnoteMarkup.reference`): the note's number and which use of it.
        case reference(note: Int, use: Int)
        /// Raw HTML the site allows: written by hand, so anything in it is the author's own.
        case rawHTML
    }

    /// The bytes of the body's HTML this mark covers.
    public var range: Range<Int>
    public var kind: Kind

    public init(range: Range<Int>, kind: Kind) {
        self.range = range
        self.kind = kind
    }
}
