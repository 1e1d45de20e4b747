import ContentLoader
import Foundation
import SiteModel

/// Prints diagnostics as `path:line:column: severity: message [code]`, followed by the source
/// line and a caret when the file can be read, like a compiler; in colour on a terminal
/// (the location bold, errors red, warnings magenta, the caret green, as clang and swiftc do).
struct DiagnosticPrinter {
    let siteRoot: URL
    var showSource = true
    var colour: Bool

    /// `colour` by default follows standard error, where diagnostics go.
    init(siteRoot: URL, colour: Bool = Terminal.colours(STDERR_FILENO)) {
        self.siteRoot = siteRoot
        self.colour = colour
    }

    func text(_ diagnostics: [Diagnostic]) -> String {
        var out = ""
        var lines = SourceLines(siteRoot: siteRoot)
        for d in diagnostics {
            out += headline(d) + "\n"
            guard showSource, let line = lines.line(at: d.location) else { continue }
            let visible = String(line.prefix(200))
            out += "    " + visible + "\n"
            let caretColumn = min(max(d.location.column - 1, 0), visible.count)
            let pad = visible.prefix(caretColumn).map { $0 == "\t" ? "\t" : " " }.joined()
            out += "    " + pad + paint("^", Style.caret) + "\n"
        }
        return out
    }

    /// `Diagnostic.description`, in colour when asked.
    func headline(_ d: Diagnostic) -> String {
        guard colour else { return d.description }
        let severity = d.severity == .error ? Style.error : Style.warning
        return paint("\(d.location):", Style.bold) + " " + paint("\(d.severity.rawValue):", severity) + " "
            + paint(d.message, Style.bold) + " [\(d.code)]"
    }

    func counts(_ diagnostics: [Diagnostic]) -> String {
        let errors = diagnostics.count { $0.severity == .error }
        let warnings = diagnostics.count { $0.severity == .warning }
        return "\(errors) error\(errors == 1 ? "" : "s"), \(warnings) warning\(warnings == 1 ? "" : "s")"
    }

    private func paint(_ text: String, _ style: String) -> String {
        colour ? "\u{1B}[\(style)m\(text)\u{1B}[0m" : text
    }

    /// SGR codes.
    private enum Style {
        static let bold = "1"
        static let error = "1;31"
        static let warning = "1;35"
        static let caret = "1;32"
    }

    static func standardError(_ text: String) {
        FileHandle.standardError.write(Data(text.utf8))
    }
}
