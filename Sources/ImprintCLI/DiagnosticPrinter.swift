import ContentLoader
import Foundation
import SiteModel

/// Prints diagnostics as `path:line:column: severity: message [code]`, followed by the source
/// line and a caret when the file can be read, like a compiler.
struct DiagnosticPrinter {
    let siteRoot: URL
    var showSource = true

    func text(_ diagnostics: [Diagnostic]) -> String {
        var out = ""
        var lines = SourceLines(siteRoot: siteRoot)
        for d in diagnostics {
            out += d.description + "\n"
            guard showSource, let line = lines.line(at: d.location) else { continue }
            let visible = String(line.prefix(200))
            out += "    " + visible + "\n"
            let caretColumn = min(max(d.location.column - 1, 0), visible.count)
            let pad = visible.prefix(caretColumn).map { $0 == "\t" ? "\t" : " " }.joined()
            out += "    " + pad + "^\n"
        }
        return out
    }

    func counts(_ diagnostics: [Diagnostic]) -> String {
        let errors = diagnostics.count { $0.severity == .error }
        let warnings = diagnostics.count { $0.severity == .warning }
        return "\(errors) error\(errors == 1 ? "" : "s"), \(warnings) warning\(warnings == 1 ? "" : "s")"
    }

    static func standardError(_ text: String) {
        FileHandle.standardError.write(Data(text.utf8))
    }
}
