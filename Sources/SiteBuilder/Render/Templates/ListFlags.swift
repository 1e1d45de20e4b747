/// Mustache cannot test a list for emptiness around its `<ul>`, so every list `x` in a view
/// model gets a companion `has_x`, true when the list has items (docs/templates.md).
enum ListFlags {
    /// Set on a model once it and everything in it have their flags, so a model shared by many
    /// pages (a brief's card: a dozen pages show it) is walked once, not on every page that holds
    /// it. Mustache names cannot contain a space, so no template can read it.
    static let doneKey = " lists flagged"

    static func add(to model: [String: Any]) -> [String: Any] {
        if model[doneKey] != nil { return model }
        var result = model
        result[doneKey] = true
        for (key, value) in model {
            // Most values are strings, numbers and flags: tell them apart by their type's identity
            // before trying casts, which were a measurable part of rendering every page.
            let type = type(of: value)
            if type == String.self || type == Int.self || type == Bool.self { continue }
            if let list = value as? [[String: Any]] {
                if !list.allSatisfy({ $0[doneKey] != nil }) { result[key] = list.map(add(to:)) }
                result["has_" + key] = !list.isEmpty
            } else if let list = value as? [Any] {
                result["has_" + key] = !list.isEmpty
            } else if let nested = value as? [String: Any] {
                result[key] = add(to: nested)
            }
        }
        return result
    }
}
