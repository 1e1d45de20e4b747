import Foundation

/// The WeasyPrint driver: finds the program, learns its version and what it supports, and
/// turns one print page into one PDF.
public struct WeasyPrint: Sendable {
    public let tool: ExternalTool
    /// "57.2".
    public let version: String
    /// True when `--pdf-variant pdf/ua-1` is offered (WeasyPrint 57 and later): tagged PDFs.
    public let supportsPDFUA: Bool

    public static let installHint =
        "install it with `apt-get install weasyprint` or `pip install weasyprint`, "
        + "or name the program with --weasyprint PATH or site.yaml `pdf: { weasyprint: PATH }`"

    public init(tool: ExternalTool, version: String, supportsPDFUA: Bool) {
        self.tool = tool
        self.version = version
        self.supportsPDFUA = supportsPDFUA
    }

    /// Finds WeasyPrint and reads its version, or takes it from `cache` when the executable
    /// has not changed since it was last asked.
    public static func locate(explicitPath: String?, relativeTo directory: URL, cache: PDFCache?) throws(ExternalToolError) -> WeasyPrint {
        let tool = try ExternalTool.locate(name: "WeasyPrint", command: "weasyprint", explicitPath: explicitPath,
                                           relativeTo: directory, installHint: installHint)
        let fingerprint = tool.fingerprint
        if let record = cache?.toolRecord(), record.fingerprint == fingerprint {
            return WeasyPrint(tool: tool, version: record.version, supportsPDFUA: record.supportsPDFUA)
        }
        let versionOutput = try tool.run(["--version"], timeout: 60).stdout
        guard let version = parseVersion(versionOutput) else {
            throw .unreadableVersion(tool: tool.name, output: versionOutput)
        }
        let help = try tool.run(["--help"], timeout: 60).stdout
        let weasy = WeasyPrint(tool: tool, version: version, supportsPDFUA: help.contains("pdf/ua-1"))
        cache?.storeToolRecord(ToolRecord(fingerprint: fingerprint, version: version, supportsPDFUA: weasy.supportsPDFUA))
        return weasy
    }

    /// "WeasyPrint version 57.2" → "57.2".
    static func parseVersion(_ output: String) -> String? {
        guard let word = output.split(whereSeparator: \.isWhitespace).last, word.first?.isNumber == true else { return nil }
        return String(word)
    }

    /// What goes into every PDF's cache key besides the content: another version, or another
    /// variant, may lay out the same page differently.
    public var identity: String { "WeasyPrint \(version)" + (supportsPDFUA ? " pdf/ua-1" : "") }

    /// Renders `html` into `pdf`. Relative links resolve against `baseURL` (the brief's web
    /// address), so they stay live in the PDF. Returns WeasyPrint's messages, one per line.
    public func render(html: URL, to pdf: URL, baseURL: String, timeout: Double) throws(ExternalToolError) -> [String] {
        var arguments = [html.path, pdf.path, "--base-url", baseURL]
        if supportsPDFUA { arguments += ["--pdf-variant", "pdf/ua-1"] }
        return Self.messages(try tool.run(arguments, timeout: timeout).stderr)
    }

    /// WeasyPrint's log lines without their level prefix. The notice that PDF/UA support is
    /// experimental comes with every tagged PDF, says nothing about the brief, and is dropped.
    static func messages(_ stderr: String) -> [String] {
        stderr.split(whereSeparator: \.isNewline).compactMap { line in
            var text = line.trimmingCharacters(in: .whitespaces)
            if text.isEmpty || text.contains("PDF/UA support is experimental") { return nil }
            for prefix in ["WARNING: ", "ERROR: ", "INFO: "] where text.hasPrefix(prefix) {
                text = String(text.dropFirst(prefix.count))
            }
            return text
        }
    }
}
