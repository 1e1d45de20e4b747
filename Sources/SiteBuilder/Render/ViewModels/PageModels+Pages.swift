import MarkdownRender
import SiteModel

extension PageModels {
    func home(_ bodies: PageBodies) -> [String: Any] {
        let latest = Array(site.briefs.indices.prefix(Self.latestCount))
        var model = PageModels.merge(
            common(title: site.config.title, description: site.config.description, path: URLScheme.home(), section: "home"),
            ["centres": centresList(bodies), "all_briefs_url": scheme.url(URLScheme.briefs())])
        if !latest.isEmpty { model["latest"] = cards(latest) }
        return model
    }

    func page(_ page: Page, _ bodies: PageBodies) -> [String: Any] {
        var model = PageModels.merge(
            common(title: page.title, description: page.summary, path: URLScheme.page(page.slug), section: page.slug),
            ["title": page.title, "content": images.annotate(bodies.content.pages[page.slug] ?? RenderedMarkdown(), pagePath: URLScheme.page(page.slug)).html])
        if let s = page.summary { model["summary"] = s }
        if !page.extra.isEmpty { model["extra"] = page.extra.model }
        return model
    }

    /// `/search/`: Pagefind's UI fills it in the browser.
    func search() -> [String: Any] {
        PageModels.merge(
            common(title: strings["search"], description: strings.format("search_description", ["organisation": site.config.organisation.name]),
                   path: URLScheme.search(), section: "search"),
            ["pagefind_url": scheme.asset(URLScheme.pagefindFolder + "/"), "all_briefs_url": scheme.url(URLScheme.briefs()),
             "topics_url": scheme.url(URLScheme.taxonomy("topics")),
             "fallback_html": strings.formatHTML("search_fallback", [
                "all_briefs": link(scheme.url(URLScheme.briefs()), strings["all_briefs_inline"]),
                "topics": link(scheme.url(URLScheme.taxonomy("topics")), strings["search_fallback_topics"]),
             ], escape: TemplateEscaping.escape)])
    }

    func notFound() -> [String: Any] {
        PageModels.merge(
            common(title: strings["not_found"], description: strings["not_found_description"], path: "404.html", section: "404"),
            ["links_html": strings.formatHTML("not_found_links", [
                "home": link(scheme.url(URLScheme.home()), strings["not_found_home"]),
                "all_briefs": link(scheme.url(URLScheme.briefs()), strings["all_briefs_inline"]),
            ], escape: TemplateEscaping.escape)])
    }
}
