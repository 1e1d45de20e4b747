/// `--shard K/N`: the Kth of N disjoint parts of the briefs, so several CI machines can split a
/// large archive. A brief belongs to part (i mod N) + 1, where i is its index among all slugs
/// sorted, so every machine agrees without talking to the others.
public struct Shard: Sendable, Equatable, CustomStringConvertible {
    /// 1-based.
    public let index: Int
    public let count: Int

    public init?(index: Int, count: Int) {
        guard count >= 1, index >= 1, index <= count else { return nil }
        self.index = index
        self.count = count
    }

    /// Parses "2/5".
    public init?(_ text: String) {
        let parts = text.split(separator: "/", omittingEmptySubsequences: false)
        guard parts.count == 2, let k = Int(parts[0]), let n = Int(parts[1]) else { return nil }
        self.init(index: k, count: n)
    }

    public var description: String { "\(index)/\(count)" }

    /// The slugs of this shard, in sorted order.
    public func select(_ slugs: [String]) -> [String] {
        slugs.sorted().enumerated().filter { $0.offset % count == index - 1 }.map(\.element)
    }
}
