/// A value a template can look names up in, other than `[String: Any]`: a typed model answers
/// for its own fields without being copied into a dictionary first.
public protocol TemplateObject {
    func templateValue(forKey key: String) -> Any?
}

/// Dictionaries of any value type (`[String: String]` as well as `[String: Any]`).
extension Dictionary: TemplateObject where Key == String {
    public func templateValue(forKey key: String) -> Any? { self[key].map { $0 as Any } }
}

/// A value that is there and empty: the name is found (so the lookup does not go on to the
/// enclosing contexts, where another item's value of that name could be) and renders as
/// missing. A card for a brief without a subtitle holds this, so it does not show the subtitle
/// of the page around it.
public struct TemplateNull: Sendable {
    public init() {}
}
