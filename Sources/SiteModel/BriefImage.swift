/// A hero image: `src` relative to the brief's bundle or to `static/`.
public struct BriefImage: Sendable, Hashable {
    public var src: String
    public var alt: String
    public var credit: String?
    public var location: SourceLocation
    /// `focus:`: where the share card is cropped around (libvips finds the subject without it).
    public var focus: FocusPoint?

    public init(src: String, alt: String, credit: String?, location: SourceLocation) {
        self.src = src
        self.alt = alt
        self.credit = credit
        self.location = location
    }
}
