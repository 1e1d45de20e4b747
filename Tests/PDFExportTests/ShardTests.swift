import Testing
@testable import PDFExport

@Suite struct ShardTests {
    @Test func parsesKOfN() {
        #expect(Shard("2/5") == Shard(index: 2, count: 5))
        #expect(Shard("1/1") != nil)
        for bad in ["0/3", "4/3", "3", "a/b", "1/0", "/2", "1/2/3", ""] {
            #expect(Shard(bad) == nil, "\(bad)")
        }
    }

    @Test func shardsSplitEverySlugExactlyOnceWhateverTheOrder() {
        let slugs = (1...23).map { "brief-\($0)" }
        let parts = (1...4).map { Shard(index: $0, count: 4)!.select(slugs.shuffled()) }
        #expect(parts.flatMap { $0 }.sorted() == slugs.sorted())
        #expect(Set(parts.flatMap { $0 }).count == slugs.count)
        #expect(parts.map(\.count).max()! - parts.map(\.count).min()! <= 1)
        #expect(Shard(index: 1, count: 1)!.select(slugs).count == slugs.count)
    }
}
