/// A publication series from `site.yaml` `types`, e.g. `issue-brief` → "Issue Brief".
public struct BriefType: Sendable, Hashable {
    public var id: String
    public var label: String
    /// The series' own title, as catalogues list it ("Kestrel Issue Briefs").
    public var series: String?
    public var issn: String?
    /// Numbers given to its briefs that have none, in date order within a year.
    public var numbering: SeriesNumbering?

    public init(id: String, label: String, series: String? = nil, issn: String? = nil, numbering: SeriesNumbering? = nil) {
        self.id = id
        self.label = label
        self.series = series
        self.issn = issn
        self.numbering = numbering
    }
}
