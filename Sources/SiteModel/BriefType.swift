/// A publication series from `site.yaml` `types`, e.g. `issue-brief` → "Issue Brief".
public struct BriefType: Sendable, Hashable {
    public var id: String
    public var label: String

    public init(id: String, label: String) {
        self.id = id
        self.label = label
    }
}
