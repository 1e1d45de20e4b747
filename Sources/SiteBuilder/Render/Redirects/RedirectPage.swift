/// The page written at an old address: a meta refresh and a canonical link to the new one, so it
/// works on any host without JavaScript, is not indexed, and says where the page went.
enum RedirectPage {
    static func render(_ redirect: Redirect, scheme: URLScheme, language: String) -> String {
        let url = TemplateEscaping.escape(scheme.url(redirect.target))
        let canonical = TemplateEscaping.escape(scheme.absolute(redirect.target))
        let title = TemplateEscaping.escape(redirect.title)
        return """
        <!DOCTYPE html>
        <html lang="\(TemplateEscaping.escape(language))">
        <head>
        <meta charset="utf-8">
        <title>\(title)</title>
        <link rel="canonical" href="\(canonical)">
        <meta name="robots" content="noindex">
        <meta http-equiv="refresh" content="0; url=\(url)">
        </head>
        <body>
        <p>This page has moved to <a href="\(url)">\(title)</a>.</p>
        </body>
        </html>

        """
    }
}
