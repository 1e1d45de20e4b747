/// One compiled template.
public struct Template: Sendable {
    public let nodes: [TemplateNode]
    /// Its partial and parent tags, in the order written.
    public let references: [TemplateReference]

    /// Compiles Mustache text; a mistake is thrown with the line and column of its tag.
    public init(_ text: String) throws(TemplateSyntaxError) {
        (nodes, references) = try TemplateParser.parse(text)
    }

    public init(nodes: [TemplateNode]) {
        self.nodes = nodes
        references = []
    }
}
