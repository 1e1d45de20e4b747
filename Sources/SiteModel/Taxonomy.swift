/// A way of filing briefs: topics and regions, and any the site declares in site.yaml
/// `taxonomies:` (`countries: { title: Countries, singular: Country }`). Its name is the
/// front-matter key briefs write terms under and the folder of its pages (`/countries/kenya/`).
public struct Taxonomy: Sendable, Hashable {
    public var name: String
    /// The heading of its index page: "Countries".
    public var title: String
    /// One term's kind, for a term page's heading ("Country: Kenya") and a brief's metadata.
    public var singular: String

    public init(name: String, title: String, singular: String) {
        self.name = name
        self.title = title
        self.singular = singular
    }

    /// The two every site has, first and in this order.
    public static let builtIn = [
        Taxonomy(name: "topics", title: "Topics", singular: "Topic"),
        Taxonomy(name: "regions", title: "Regions", singular: "Region"),
    ]

    /// Folders the generator writes itself, which no declared taxonomy may take.
    public static let reservedNames: Set<String> = [
        "briefs", "people", "centres", "types", "archive", "static", "css", "images", "js", "feed", "search",
        "pagefind", "404", "index", "favicon",
    ]

    /// "Countries" → "Country", for a taxonomy declared without `singular:`.
    public static func singular(of title: String) -> String {
        if title.hasSuffix("ies") { return title.dropLast(3) + "y" }
        if title.hasSuffix("s"), !title.hasSuffix("ss") { return String(title.dropLast()) }
        return title
    }

    /// "sdg-goals" → "Sdg goals": a title for a taxonomy declared without one.
    public static func title(of name: String) -> String {
        let words = name.replacingOccurrences(of: "-", with: " ")
        return words.prefix(1).uppercased() + words.dropFirst()
    }
}
