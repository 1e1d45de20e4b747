import SiteModel

extension ExtraValue {
    /// As a template reads it: text, numbers and true/false as themselves, lists and sets as
    /// Mustache iterates and looks into them; null as absent.
    var model: Any {
        switch self {
        case .string(let text): return text
        case .int(let number): return number
        case .double(let number): return number
        case .bool(let flag): return flag
        case .list(let items): return items.map(\.model)
        case .map(let entries): return entries.mapValues(\.model)
        case .null: return PageModels.absent
        }
    }
}

extension Dictionary where Key == String, Value == ExtraValue {
    var model: [String: Any] { mapValues(\.model) }
}
