/// What happened to one brief's PDF.
public struct PDFOutcome: Sendable {
    public enum Status: Sendable, Equatable {
        /// The cached PDF was current.
        case unchanged
        /// WeasyPrint made it, in this many seconds.
        case made(seconds: Double)
        case failed
    }

    public var slug: String
    public var sourcePath: String
    public var status: Status
    /// The PDF to publish; nil when it failed.
    public var artifact: PDFArtifact?
    /// WeasyPrint's messages, and the failure if there was one.
    public var problems: [PDFProblem]
}
