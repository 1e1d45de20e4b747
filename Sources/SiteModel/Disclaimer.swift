/// The `disclaimer` field: the site's default text, none, or the brief's own text.
public enum Disclaimer: Sendable, Hashable {
    case siteDefault
    case none
    case custom(String)
}
