/// One compiled template.
public struct Template: Sendable {
    public let nodes: [TemplateNode]

    /// Compiles Mustache text; a mistake is thrown with the line and column of its tag.
    public init(_ text: String) throws(TemplateSyntaxError) {
        nodes = try TemplateParser.parse(text)
    }

    public init(nodes: [TemplateNode]) { self.nodes = nodes }

}
