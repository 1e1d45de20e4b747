import SiteModel

/// The brief's Open Graph article tags and Twitter card. The base template already writes
/// `og:site_name`, `og:title`, `og:url` and `og:description` for every page.
enum OpenGraphTags {
    struct Image: Sendable {
        /// Absolute URL.
        var url: String
        var alt: String
        /// Pixels, when known (a share card's): previews lay out before the image arrives.
        var width: Int? = nil
        var height: Int? = nil
    }

    static func article(image: Image?, published: SimpleDate, modified: SimpleDate,
                        authorURLs: [String], section: String?, tags: [String]) -> [MetaTag] {
        var result = [MetaTag("og:type", "article")]
        if let image {
            result.append(MetaTag("og:image", image.url))
            if let width = image.width, let height = image.height {
                result.append(MetaTag("og:image:width", String(width)))
                result.append(MetaTag("og:image:height", String(height)))
            }
            result.append(MetaTag("og:image:alt", image.alt))
        }
        result.append(MetaTag("article:published_time", published.iso))
        result.append(MetaTag("article:modified_time", modified.iso))
        result += authorURLs.map { MetaTag("article:author", $0) }
        if let section { result.append(MetaTag("article:section", section)) }
        result += tags.map { MetaTag("article:tag", $0) }
        return result
    }

    /// A large-image card when the brief has a hero image.
    static func twitter(title: String, description: String?, image: Image?) -> [MetaTag] {
        var result = [MetaTag("twitter:card", image == nil ? "summary" : "summary_large_image"),
                      MetaTag("twitter:title", title)]
        if let description { result.append(MetaTag("twitter:description", description)) }
        if let image {
            result.append(MetaTag("twitter:image", image.url))
            result.append(MetaTag("twitter:image:alt", image.alt))
        }
        return result
    }
}
