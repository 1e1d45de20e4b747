/// `_redirects` in the format Netlify, Cloudflare Pages and other static hosts read (`from to
/// 301`, one per line): a real HTTP redirect where the host supports it, including a moved
/// brief's PDF, which a redirect page cannot stand in for.
enum RedirectsFile {
    static let path = "_redirects"

    static func render(_ redirects: [Redirect], scheme: URLScheme) -> String {
        var lines = ["# Written by imprint from the aliases of the site's pages (docs/templates.md). Do not edit:",
                     "# put your own rules in static/_redirects instead, and this file is not written."]
        for redirect in redirects {
            lines.append("\(scheme.url(redirect.from)) \(scheme.url(redirect.target)) 301")
            if let from = redirect.pdfFrom, let to = redirect.pdfTo {
                lines.append("\(scheme.url(from)) \(scheme.url(to)) 301")
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }
}
