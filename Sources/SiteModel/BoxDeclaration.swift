/// A kind of box the institute declares in site.yaml (`boxes: { key-findings: Key findings }`),
/// written `> [!KEY-FINDINGS]` in a brief.
public struct BoxDeclaration: Sendable, Hashable {
    public var id: String
    public var label: String

    public init(id: String, label: String) {
        self.id = id
        self.label = label
    }
}
