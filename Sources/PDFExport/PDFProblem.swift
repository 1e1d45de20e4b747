/// Something WeasyPrint said, or a failure, attributed to the brief it was printing:
/// `content/briefs/x.md: warning: weasyprint: …`. There is no line: WeasyPrint sees the print
/// page, not the Markdown.
public struct PDFProblem: Sendable, Equatable, CustomStringConvertible {
    public enum Severity: String, Sendable {
        case warning, error
    }

    public var file: String
    public var severity: Severity
    public var message: String

    public init(file: String, severity: Severity, message: String) {
        self.file = file
        self.severity = severity
        self.message = message
    }

    public var description: String { "\(file): \(severity.rawValue): \(message)" }
}
