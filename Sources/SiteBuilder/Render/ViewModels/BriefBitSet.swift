/// A set of briefs (indexes into `ResolvedSite.briefs`) as one bit per brief, so the briefs in
/// several topics at once are found 64 at a time with word operations.
struct BriefBitSet: Sendable {
    private(set) var words: [UInt64]

    init(_ members: [Int], count: Int) {
        words = Array(repeating: 0, count: (count + 63) / 64)
        for i in members { words[i / 64] |= 1 << UInt64(i % 64) }
    }
}
