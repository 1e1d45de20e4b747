/// Gives headings unique, readable ids ("Why it matters" → `why-it-matters`, then `-2`, `-3`).
struct HeadingSlugger {
    private var used: Set<String>

    init(reserved: Set<String>) { used = reserved }

    /// An id the body takes for something else (a figure), so no heading gets it.
    mutating func reserve(_ id: String) { used.insert(id) }

    mutating func id(for text: String) -> String {
        var base = ""
        var lastHyphen = true
        for scalar in text.lowercased().unicodeScalars {
            if scalar.properties.isAlphabetic || scalar.properties.numericType != nil {
                base.unicodeScalars.append(scalar)
                lastHyphen = false
            } else if !lastHyphen {
                base.append("-")
                lastHyphen = true
            }
        }
        while base.hasSuffix("-") { base.removeLast() }
        if base.isEmpty { base = "section" }
        // An id must not start with a digit for CSS selectors to work without escaping.
        if base.first!.isNumber { base = "s-" + base }
        var candidate = base
        var n = 2
        while used.contains(candidate) {
            candidate = "\(base)-\(n)"
            n += 1
        }
        used.insert(candidate)
        return candidate
    }
}
