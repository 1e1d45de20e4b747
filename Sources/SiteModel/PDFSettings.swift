/// `site.yaml` `pdf:`: how briefs are printed. Every field has a default, so a site without
/// the block still gets A4 PDFs from the `weasyprint` on PATH.
public struct PDFSettings: Sendable, Hashable {
    public enum Paper: String, Sendable, CaseIterable {
        case a4, letter

        /// The CSS `@page { size }` value.
        public var cssSize: String { self == .a4 ? "A4" : "letter" }
    }

    /// The WeasyPrint executable, when it is not the one on PATH (relative to the site).
    public var weasyprint: String?
    public var paper: Paper
    /// Seconds one brief may take before WeasyPrint is stopped.
    public var timeout: Double

    public static let defaultTimeout: Double = 180

    public init(weasyprint: String? = nil, paper: Paper = .a4, timeout: Double = PDFSettings.defaultTimeout) {
        self.weasyprint = weasyprint
        self.paper = paper
        self.timeout = timeout
    }
}
