/// One compiled template.
public struct Template: Sendable {
    public let nodes: [TemplateNode]

    /// Compiles Mustache text; a mistake is thrown with the line and column of its tag.
    public init(_ text: String) throws(TemplateSyntaxError) {
        nodes = try TemplateParser.parse(text)
    }

    public init(nodes: [TemplateNode]) { self.nodes = nodes }

    /// Every partial and parent this template names, with where, for checking up front.
    public var references: [String] {
        var names: [String] = []
        func walk(_ nodes: [TemplateNode]) {
            for node in nodes {
                switch node {
                case .partial(let name, _): names.append(name)
                case .parent(let name, _, let blocks):
                    names.append(name)
                    for key in blocks.keys.sorted() { walk(blocks[key]!) }
                case .section(_, let inner, _), .block(_, let inner, _): walk(inner)
                case .text, .indent, .variable: break
                }
            }
        }
        walk(nodes)
        return names
    }
}
