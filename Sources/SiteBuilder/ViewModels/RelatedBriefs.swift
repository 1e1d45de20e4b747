import SiteModel

/// "Related briefs" for each brief: others that share its topics or its centre. A shared topic
/// scores 2, the same centre 1; ties go to the newer brief, then to the slug, so the choice is
/// deterministic. At most `limit` per brief.
enum RelatedBriefs {
    static let limit = 3

    /// Indexes into `site.briefs`, per brief. Linear in the candidates of each brief: scores
    /// accumulate in one reused buffer and only the best `limit` are kept, never a full sort.
    /// The candidates grow with the site (a topic's briefs), so briefs are scored in parallel,
    /// in slices that each reuse one buffer.
    /// `slice` overrides the slice length (tests).
    static func compute(_ site: ResolvedSite, limit: Int = RelatedBriefs.limit, jobs: Int = 1, slice: Int? = nil) -> [[Int]] {
        let topicMembers = Dictionary(uniqueKeysWithValues: site.topics.map { ($0.slug, $0.briefs) })
        let count = site.briefs.count
        let slice = slice ?? Swift.max(256, (count + jobs * 4 - 1) / Swift.max(1, jobs * 4))
        let slices = Array(stride(from: 0, to: count, by: slice)).map { $0..<Swift.min($0 + slice, count) }
        return slices.concurrentMap(jobs: jobs) { range in
            compute(range, site, topicMembers: topicMembers, limit: limit)
        }.flatMap { $0 }
    }

    private static func compute(_ range: Range<Int>, _ site: ResolvedSite, topicMembers: [String: [Int]],
                                limit: Int) -> [[Int]] {
        var score = [Int](repeating: 0, count: site.briefs.count)
        var touched: [Int] = []
        return range.map { i in
            let brief = site.briefs[i]
            for slug in SiteResolver.unique(brief.topics.map(Slug.make)) {
                for j in topicMembers[slug] ?? [] where j != i {
                    if score[j] == 0 { touched.append(j) }
                    score[j] += 2
                }
            }
            if let centre = brief.centre?.value {
                for j in site.byCentre[centre] ?? [] where j != i {
                    if score[j] == 0 { touched.append(j) }
                    score[j] += 1
                }
            }
            // Briefs are sorted newest first, then by slug: a lower index wins a tie.
            var best: [Int] = []
            for j in touched {
                let position = best.firstIndex { score[j] > score[$0] || (score[j] == score[$0] && j < $0) } ?? best.count
                if position < limit {
                    best.insert(j, at: position)
                    if best.count > limit { best.removeLast() }
                }
            }
            for j in touched { score[j] = 0 }
            touched.removeAll(keepingCapacity: true)
            return best
        }
    }
}
