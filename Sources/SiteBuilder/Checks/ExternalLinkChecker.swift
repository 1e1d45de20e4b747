import Foundation
import SiteModel

/// `imprint check --external`: asks every external URL whether it still answers. Opt-in, since
/// builds must not depend on the network; bounded by a timeout and a concurrency limit, and
/// remembered in a cache file so a rerun only asks again about stale or failing URLs.
public struct ExternalLinkChecker: Sendable {
    public var timeout: TimeInterval
    public var concurrency: Int
    public var cacheFile: URL
    /// How long an answer that worked is trusted.
    public var maxAge: TimeInterval

    public init(timeout: TimeInterval = 10, concurrency: Int = 8, cacheFile: URL, maxAge: TimeInterval = 7 * 86_400) {
        self.timeout = timeout
        self.concurrency = max(1, concurrency)
        self.cacheFile = cacheFile
        self.maxAge = maxAge
    }

    struct CacheEntry: Codable {
        var status: Int
        var checked: Double
    }

    /// One diagnostic per place a failing URL is written.
    public func check(_ links: [ExternalLink]) -> [Diagnostic] {
        var cache = loadCache()
        let now = Date().timeIntervalSince1970
        let urls = Array(Set(links.map(\.url))).sorted()
        let stale = urls.filter { url in
            guard let entry = cache[url] else { return true }
            return !(200..<400).contains(entry.status) || now - entry.checked > maxAge
        }
        let answers = LinkStatusProbe(timeout: timeout, concurrency: concurrency).statuses(stale)
        for (url, status) in answers { cache[url] = CacheEntry(status: status, checked: now) }
        saveCache(cache)
        return links.compactMap { link in
            guard let status = cache[link.url]?.status, !(200..<400).contains(status) else { return nil }
            let reason = status == 0 ? "did not answer within \(Int(timeout)) s" : "answered HTTP \(status)"
            return .warning("external-link-broken", "`\(link.url)` \(reason)", at: link.location)
        }
    }

    private func loadCache() -> [String: CacheEntry] {
        guard let data = try? Data(contentsOf: cacheFile) else { return [:] }
        return (try? JSONDecoder().decode([String: CacheEntry].self, from: data)) ?? [:]
    }

    private func saveCache(_ cache: [String: CacheEntry]) {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
        guard let data = try? encoder.encode(cache) else { return }
        try? FileManager.default.createDirectory(at: cacheFile.deletingLastPathComponent(), withIntermediateDirectories: true)
        try? data.write(to: cacheFile, options: .atomic)
    }
}

/// An external URL and where it is written.
public struct ExternalLink: Sendable, Hashable {
    public var url: String
    public var location: SourceLocation

    public init(url: String, location: SourceLocation) {
        self.url = url
        self.location = location
    }
}
