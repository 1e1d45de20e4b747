/// An ordered collection of diagnostics, collected across stages so one run reports all of them.
public struct Diagnostics: Sendable {
    public private(set) var items: [Diagnostic] = []

    public init(_ items: [Diagnostic] = []) { self.items = items }

    public mutating func append(_ d: Diagnostic) { items.append(d) }
    public mutating func append(contentsOf ds: [Diagnostic]) { items.append(contentsOf: ds) }
    public mutating func error(_ code: String, _ message: String, at location: SourceLocation) {
        items.append(.error(code, message, at: location))
    }
    public mutating func warning(_ code: String, _ message: String, at location: SourceLocation) {
        items.append(.warning(code, message, at: location))
    }

    public var hasErrors: Bool { items.contains { $0.severity == .error } }
    public var errorCount: Int { items.count { $0.severity == .error } }
    public var warningCount: Int { items.count { $0.severity == .warning } }

    /// Sorted by file, line and column, duplicates removed: the order they are printed in.
    public var sorted: [Diagnostic] { Array(Set(items)).sorted() }
}
