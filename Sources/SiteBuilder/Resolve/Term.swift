/// A taxonomy term (topic, region, type or year) and the briefs filed under it, newest first.
struct Term: Sendable {
    var slug: String
    var label: String
    /// Indexes into `ResolvedSite.briefs`.
    var briefs: [Int]
}
