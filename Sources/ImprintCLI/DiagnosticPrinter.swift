import Foundation
import SiteModel

/// Prints diagnostics as `path:line:column: severity: message [code]`, followed by the source
/// line and a caret when the file can be read, like a compiler.
struct DiagnosticPrinter {
    let siteRoot: URL
    var showSource = true

    func text(_ diagnostics: [Diagnostic]) -> String {
        var out = ""
        var cache: [String: [Substring]] = [:]
        for d in diagnostics {
            out += d.description + "\n"
            guard showSource, let line = sourceLine(d.location, &cache) else { continue }
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

    private func sourceLine(_ location: SourceLocation, _ cache: inout [String: [Substring]]) -> Substring? {
        if cache[location.file] == nil {
            let url = siteRoot.appendingPathComponent(location.file)
            guard let data = FileManager.default.contents(atPath: url.path), data.count < 5_000_000,
                  let text = String(data: data, encoding: .utf8) else {
                cache[location.file] = []
                return nil
            }
            cache[location.file] = text.split(separator: "\n", omittingEmptySubsequences: false)
        }
        guard let lines = cache[location.file], location.line <= lines.count else { return nil }
        let line = lines[location.line - 1]
        let trimmed = line.hasSuffix("\r") ? line.dropLast() : line
        return trimmed.trimmingCharacters(in: .whitespaces).isEmpty ? nil : trimmed
    }

    static func standardError(_ text: String) {
        FileHandle.standardError.write(Data(text.utf8))
    }
}
