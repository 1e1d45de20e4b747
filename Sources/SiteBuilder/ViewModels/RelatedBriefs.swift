import SiteModel

/// "Related briefs" for each brief: others that share its topics or its centre. A shared topic
/// scores 2, the same centre 1; ties go to the newer brief, then to the slug, so the choice is
/// deterministic. At most `limit` per brief.
enum RelatedBriefs {
    static let limit = 3

    /// Indexes into `site.briefs`, per brief.
    static func compute(_ site: ResolvedSite, limit: Int = RelatedBriefs.limit) -> [[Int]] {
        let topicMembers = Dictionary(uniqueKeysWithValues: site.topics.map { ($0.slug, $0.briefs) })
        return site.briefs.indices.map { i in
            let brief = site.briefs[i]
            var score: [Int: Int] = [:]
            for slug in SiteResolver.unique(brief.topics.map(Slug.make)) {
                for j in topicMembers[slug] ?? [] where j != i { score[j, default: 0] += 2 }
            }
            if let centre = brief.centre?.value {
                for j in site.byCentre[centre] ?? [] where j != i { score[j, default: 0] += 1 }
            }
            let ranked = score.keys.sorted { a, b in
                let (x, y) = (site.briefs[a], site.briefs[b])
                if score[a]! != score[b]! { return score[a]! > score[b]! }
                if x.date != y.date { return x.date > y.date }
                return x.slug < y.slug
            }
            return Array(ranked.prefix(limit))
        }
    }
}
