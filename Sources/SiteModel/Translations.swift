/// What a site holds in one of its other languages (DESIGN §7): each translated file over its
/// original, and what exists in that language only.
public struct Translations: Sendable {
    /// Briefs in this language: translations merged over their originals, and briefs written in
    /// it alone. Each has `language` set and its own `sourcePath`.
    public var briefs: [Brief] = []
    public var invalidBriefs: [Brief] = []
    /// People and centres translated (the others show their original in this language).
    public var people: [Person] = []
    public var centres: [Centre] = []
    /// Pages in this language (a page not translated has no page in it).
    public var pages: [Page] = []

    public init() {}

    public var isEmpty: Bool { briefs.isEmpty && invalidBriefs.isEmpty && people.isEmpty && centres.isEmpty && pages.isEmpty }
}
