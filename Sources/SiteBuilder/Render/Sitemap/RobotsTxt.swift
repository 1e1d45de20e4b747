/// `robots.txt`: everything may be crawled; names the sitemap. Crawlers read robots.txt only
/// at the root of a host, so under a base path (`/research/`) the file is informative and the
/// host's own robots.txt should name the sitemap. A staging build asks every crawler to stay away.
enum RobotsTxt {
    static func render(sitemapURL: String, crawlable: Bool = true) -> String {
        guard crawlable else {
            return "# A staging build (--base-url is not site.yaml's base_url): not for search engines.\n"
                + "# `imprint build --allow-crawlers` writes the usual file.\nUser-agent: *\nDisallow: /\n"
        }
        return "User-agent: *\nAllow: /\n\nSitemap: \(sitemapURL)\n"
    }
}
