/// A list a section iterates over. Arrays of any element type conform, so a model's
/// `[[String: Any]]` or `[String]` is iterated in place, never converted to `[Any]`.
public protocol TemplateSequence {
    var templateCount: Int { get }
    func templateElement(_ index: Int) -> Any
}

extension Array: TemplateSequence {
    public var templateCount: Int { count }
    public func templateElement(_ index: Int) -> Any { self[index] }
}

/// An optional stored in an `Any` (a model's `String?`): absent when nil.
protocol TemplateOptional {
    var templateWrapped: Any? { get }
}

extension Optional: TemplateOptional {
    var templateWrapped: Any? { self.map { $0 as Any } }
}
