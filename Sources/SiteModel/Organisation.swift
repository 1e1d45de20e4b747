public struct Organisation: Sendable, Hashable {
    public var name: String
    public var shortName: String?
    public var place: String?

    public init(name: String, shortName: String? = nil, place: String? = nil) {
        self.name = name
        self.shortName = shortName
        self.place = place
    }
}
