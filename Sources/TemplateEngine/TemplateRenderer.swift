/// Renders compiled nodes into a byte buffer: names are looked up from the innermost context
/// outwards, values tested by their type's identity before any protocol cast.
struct TemplateRenderer {
    let library: TemplateLibrary
    var out: [UInt8] = []
    private var stack: [Any]
    private var indentation: [UInt8] = []
    private var skipsIndent = false
    private var overrides: [String: [TemplateNode]] = [:]
    private var depth = 0
    /// The partial or parent that went past `maximumDepth`; once set, nothing more is rendered,
    /// so a template that includes itself twice stops after 64 levels, not 2⁶⁴ renders.
    private(set) var tooDeep: String?

    /// Partials and parents nested deeper than this stop the rendering: a template that
    /// includes itself without end would otherwise exhaust the stack.
    static let maximumDepth = 64

    init(library: TemplateLibrary, root: Any) {
        self.library = library
        stack = [root]
        out.reserveCapacity(32 * 1024)
    }

    mutating func render(_ nodes: [TemplateNode]) {
        for node in nodes {
            if tooDeep != nil { return }
            if skipsIndent {
                skipsIndent = false
                if case .indent = node { continue }
            }
            switch node {
            case .text(let bytes):
                out.append(contentsOf: bytes)
            case .indent:
                out.append(contentsOf: indentation)
            case .variable(let name, let escaped):
                if let value = lookup(name) { append(value, escaped: escaped) }
            case .section(let name, let inner, let inverted):
                let value = lookup(name)
                if inverted {
                    if !Self.isTruthy(value) { render(inner) }
                } else if let value {
                    renderSection(value, inner)
                }
            case .partial(let name, let indent):
                guard let template = library.templates[name] else { continue }
                include(name, template.nodes, indent)
            case .parent(let name, let indent, let blocks):
                guard let template = library.templates[name] else { continue }
                let saved = overrides
                // The outermost template's arguments win over those of the parents it goes through.
                overrides = blocks.merging(overrides) { _, outer in outer }
                include(name, template.nodes, indent)
                overrides = saved
            case .block(let name, let defaults, let indent):
                let saved = enter(indent)
                render(overrides[name] ?? defaults)
                leave(saved)
            }
        }
    }

    private mutating func include(_ name: String, _ nodes: [TemplateNode], _ indent: TemplateIndentation?) {
        guard depth < Self.maximumDepth else {
            tooDeep = name
            return
        }
        depth += 1
        let saved = enter(indent)
        render(nodes)
        leave(saved)
        depth -= 1
    }

    private mutating func enter(_ indent: TemplateIndentation?) -> [UInt8]? {
        guard let indent else { return nil }
        let saved = indentation
        indentation += indent.bytes
        skipsIndent = indent.skipsFirstLine
        return saved
    }

    private mutating func leave(_ saved: [UInt8]?) {
        guard let saved else { return }
        indentation = saved
        skipsIndent = false
    }

    private mutating func renderSection(_ value: Any, _ inner: [TemplateNode]) {
        let type = type(of: value)
        if type == Bool.self {
            if value as! Bool { render(inner) }
            return
        }
        if type != String.self, type != [String: Any].self, type != Int.self, let list = value as? TemplateSequence {
            for index in 0..<list.templateCount where tooDeep == nil {
                stack.append(list.templateElement(index))
                render(inner)
                stack.removeLast()
            }
            return
        }
        stack.append(value)
        render(inner)
        stack.removeLast()
    }

    static func isTruthy(_ value: Any?) -> Bool {
        guard let value else { return false }
        let type = type(of: value)
        if type == Bool.self { return value as! Bool }
        if type == String.self || type == [String: Any].self || type == Int.self { return true }
        if let list = value as? TemplateSequence { return list.templateCount > 0 }
        return true
    }

    private mutating func append(_ value: Any, escaped: Bool) {
        if let string = value as? String {
            if escaped { HTMLEscaping.append(string, to: &out) } else { out.append(contentsOf: string.utf8) }
        } else if let number = value as? Int {
            out.append(contentsOf: String(number).utf8)
        } else {
            let text = String(describing: value)
            if escaped { HTMLEscaping.append(text, to: &out) } else { out.append(contentsOf: text.utf8) }
        }
    }

    private func lookup(_ name: TemplateName) -> Any? {
        let parts = name.parts
        guard let first = parts.first else { return stack.last }
        let flags = library.flagsLists
        var index = stack.count - 1
        var found: Any??
        while index >= 0 {
            if let value = Self.child(of: stack[index], named: first, list: flags ? name.listNames[0] : nil) {
                found = value
                break
            }
            index -= 1
        }
        guard let found, var value = found else { return nil }
        for i in 1..<parts.count {
            guard let child = Self.child(of: value, named: parts[i], list: flags ? name.listNames[i] : nil),
                  let next = child else { return nil }
            value = next
        }
        return value
    }

    /// `child(of:named:)`, and for a `has_x` the object lacks, whether its list `x` has items.
    private static func child(of object: Any, named key: String, list: String?) -> Any?? {
        if let value = child(of: object, named: key) { return value }
        guard let list, let found = child(of: object, named: list), let value = found else { return .none }
        let type = type(of: value)
        if type == String.self || type == [String: Any].self { return .none }
        guard let items = value as? TemplateSequence else { return .none }
        return .some(items.templateCount > 0)
    }

    /// `.none` when the object has no such name; `.some(nil)` when it has it, empty.
    private static func child(of object: Any, named key: String) -> Any?? {
        if type(of: object) == [String: Any].self {
            guard let value = (object as! [String: Any])[key] else { return .none }
            return .some(present(value))
        }
        if let typed = object as? TemplateObject {
            guard let value = typed.templateValue(forKey: key) else { return .none }
            return .some(present(value))
        }
        return .none
    }

    /// The value, or nil for an empty one (`TemplateNull`, or an optional stored as `Any`).
    private static func present(_ value: Any) -> Any? {
        let type = type(of: value)
        if type == String.self || type == Bool.self || type == Int.self || type == [String: Any].self
            || type == [[String: Any]].self {
            return value
        }
        if type == TemplateNull.self { return nil }
        if let optional = value as? TemplateOptional { return optional.templateWrapped.flatMap(present) }
        return value
    }
}
