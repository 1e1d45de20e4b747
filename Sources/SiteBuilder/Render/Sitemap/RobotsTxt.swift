/// `robots.txt`: everything may be crawled; names the sitemap. Crawlers read robots.txt only
/// at the root of a host, so under a base path (`/research/`) the file is informative and the
/// host's own robots.txt should name the sitemap.
enum RobotsTxt {
    static func render(sitemapURL: String) -> String {
        "User-agent: *\nAllow: /\n\nSitemap: \(sitemapURL)\n"
    }
}
