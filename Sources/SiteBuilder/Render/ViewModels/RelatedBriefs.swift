import SiteModel

/// "Related briefs" for each brief: others that share its topics or its centre. A shared topic
/// scores 2, the same centre 1; ties go to the newer brief, then to the slug, so the choice is
/// deterministic. At most `limit` per brief.
enum RelatedBriefs {
    static let limit = 3

    /// Indexes into `site.briefs`, per brief. Scores are taken from the highest down, and for each
    /// the first briefs (newest first: the order of `site.briefs`) with exactly that score are
    /// found a word of 64 briefs at a time in bit sets of the topics and centres; a brief is done
    /// once it has `limit`. Scoring every brief that shares a topic was quadratic in the size of
    /// a topic: a tenth of a 50,000-brief build. Briefs are scored in parallel slices.
    /// `slice` overrides the slice length (tests).
    static func compute(_ site: ResolvedSite, limit: Int = RelatedBriefs.limit, jobs: Int = 1, slice: Int? = nil) -> [[Int]] {
        let count = site.briefs.count
        let topicSets = Dictionary(uniqueKeysWithValues: site.topics.map { ($0.slug, BriefBitSet($0.briefs, count: count)) })
        let centreSets = site.byCentre.mapValues { BriefBitSet($0, count: count) }
        let slice = slice ?? Swift.max(256, (count + jobs * 4 - 1) / Swift.max(1, jobs * 4))
        let slices = Array(stride(from: 0, to: count, by: slice)).map { $0..<Swift.min($0 + slice, count) }
        return slices.concurrentMap(jobs: jobs) { range in
            var planes: [UInt64] = []
            return range.map { i in
                let brief = site.briefs[i]
                let topics = SiteResolver.unique(brief.topics.map { site.config.termSlug($0, kind: "topics") }).compactMap { topicSets[$0] }
                let centre = brief.centre.flatMap { centreSets[$0.value] }
                return related(to: i, topics: topics, centre: centre, limit: limit, planes: &planes)
            }
        }.flatMap { $0 }
    }

    /// The best `limit` briefs for brief `i`, whose topics and centre are given as sets.
    /// `planes` is scratch space reused across briefs.
    static func related(to i: Int, topics: [BriefBitSet], centre: BriefBitSet?, limit: Int,
                        planes: inout [UInt64]) -> [Int] {
        guard !topics.isEmpty || centre != nil, limit > 0 else { return [] }
        let words = (topics.first ?? centre)!.words.count
        // How many of the topics a brief is in, counted per bit: bit p of the count of the brief at
        // bit b of a word is bit b of planes[p].
        let planeCount = UInt64.bitWidth - UInt64(topics.count).leadingZeroBitCount
        if planes.count < planeCount { planes = Array(repeating: 0, count: planeCount) }
        var best: [Int] = []
        for score in stride(from: 2 * topics.count + (centre == nil ? 0 : 1), through: 1, by: -1) {
            let shared = score / 2, sameCentre = score % 2 == 1
            if sameCentre && centre == nil { continue }
            planes.withUnsafeMutableBufferPointer { planes in
                for w in 0..<words {
                    for p in 0..<planeCount { planes[p] = 0 }
                    for topic in topics {
                        var carry = topic.words[w]
                        var p = 0
                        while carry != 0 && p < planeCount {
                            let sum = planes[p] ^ carry
                            carry &= planes[p]
                            planes[p] = sum
                            p += 1
                        }
                    }
                    var hits = UInt64.max
                    for p in 0..<planeCount { hits &= (shared >> p) & 1 == 1 ? planes[p] : ~planes[p] }
                    if let centre { hits &= sameCentre ? centre.words[w] : ~centre.words[w] }
                    // Bits past the last brief are in no set, and a score of at least 1 needs one.
                    if w == i / 64 { hits &= ~(1 << UInt64(i % 64)) }
                    while hits != 0 && best.count < limit {
                        best.append(w * 64 + hits.trailingZeroBitCount)
                        hits &= hits - 1
                    }
                    if best.count == limit { break }
                }
            }
            if best.count == limit { break }
        }
        return best
    }
}
