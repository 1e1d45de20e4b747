/// One problem found in a site, printed as `path:line:column: severity: message [code]`.
public struct Diagnostic: Error, Hashable, Sendable, Comparable, CustomStringConvertible, Codable {
    public var location: SourceLocation
    public var severity: Severity
    /// A stable, kebab-case identifier (for JSON output and for tests).
    public var code: String
    public var message: String

    public init(_ severity: Severity, _ code: String, _ message: String, at location: SourceLocation) {
        self.location = location
        self.severity = severity
        self.code = code
        self.message = message
    }

    public static func error(_ code: String, _ message: String, at location: SourceLocation) -> Diagnostic {
        Diagnostic(.error, code, message, at: location)
    }

    public static func warning(_ code: String, _ message: String, at location: SourceLocation) -> Diagnostic {
        Diagnostic(.warning, code, message, at: location)
    }

    public var description: String {
        "\(location): \(severity.rawValue): \(message) [\(code)]"
    }

    public static func < (a: Diagnostic, b: Diagnostic) -> Bool {
        if a.location != b.location { return a.location < b.location }
        return (a.severity.rawValue, a.code, a.message) < (b.severity.rawValue, b.code, b.message)
    }
}
