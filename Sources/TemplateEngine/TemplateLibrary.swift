/// Named templates that refer to one another as partials and parents.
public struct TemplateLibrary: Sendable {
    public private(set) var templates: [String: Template] = [:]
    /// Mustache cannot test a list for emptiness around its `<ul>`: with this set, every list
    /// `x` (an array) of an object answers to `has_x` too, true when it has items, unless the
    /// object has a `has_x` of its own. Found when looked up, so no model is walked or copied
    /// to add them.
    public var flagsLists: Bool

    public init(flagsLists: Bool = false) {
        self.flagsLists = flagsLists
    }

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
