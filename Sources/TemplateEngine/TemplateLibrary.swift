/// Named templates that refer to one another as partials and parents.
public struct TemplateLibrary: Sendable {
    public private(set) var templates: [String: Template] = [:]

    public init() {}

    public mutating func register(_ template: Template, named name: String) {
        templates[name] = template
    }

    public subscript(name: String) -> Template? { templates[name] }

    /// The template `name` rendered with `model` as its context, or nil if there is none.
    public func render(_ name: String, _ model: Any) throws(TemplateDepthError) -> String? {
        guard let bytes = try renderBytes(name, model) else { return nil }
        return String(decoding: bytes, as: UTF8.self)
    }

    public func renderBytes(_ name: String, _ model: Any) throws(TemplateDepthError) -> [UInt8]? {
        guard let template = templates[name] else { return nil }
        var renderer = TemplateRenderer(library: self, root: model)
        renderer.render(template.nodes)
        if let partial = renderer.tooDeep {
            throw TemplateDepthError(template: name, partial: partial, limit: TemplateRenderer.maximumDepth)
        }
        return renderer.out
    }
}
