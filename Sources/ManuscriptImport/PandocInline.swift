/// An inline element of Pandoc's document tree (pandoc-types 1.22, Pandoc 2.17's JSON).
indirect enum PandocInline: Equatable {
    case str(String)
    case emph([PandocInline])
    case strong([PandocInline])
    case strikeout([PandocInline])
    /// Underline, superscript, subscript, small capitals: Markdown has no mark for them; the text stays.
    case plainStyle([PandocInline])
    case quoted(double: Bool, [PandocInline])
    case code(String)
    case space
    case softBreak
    case lineBreak
    case math(String)
    case rawInline(format: String, String)
    case link([PandocInline], url: String, title: String)
    case image(PandocAttr, [PandocInline], url: String, title: String)
    case note([PandocBlock])
    case span(PandocAttr, [PandocInline])
}

/// An element's identifier, classes and key–value attributes.
struct PandocAttr: Equatable {
    var id = ""
    var classes: [String] = []
    var values: [String: String] = [:]
}
