import ContentLoader
import Foundation
import SiteModel

/// The panel shown over every served page while the content has errors: each diagnostic as
/// `path:line:column`, its message and the source line it points at, with a caret.
struct ErrorOverlay {
    let siteRoot: URL

    static let elementID = "imprint-error-overlay"

    func html(_ diagnostics: [Diagnostic]) -> String {
        let errors = diagnostics.filter { $0.severity == .error }
        guard !errors.isEmpty else { return "" }
        var lines = SourceLines(siteRoot: siteRoot)
        var items = ""
        for d in errors {
            items += "<li style=\"margin:0 0 1rem\"><div style=\"color:#ffb4a8;font-weight:bold\">"
                + escape(d.location.description) + "</div><div>" + escape(d.message) + " <span style=\"opacity:.7\">["
                + escape(d.code) + "]</span></div>"
            // Only files inside the site: a served page never shows another file's text.
            let inside = !d.location.file.hasPrefix("/") && !d.location.file.contains("..")
            if inside, let line = lines.line(at: d.location) {
                let visible = String(line.prefix(200))
                let caret = String(repeating: " ", count: min(max(d.location.column - 1, 0), visible.count)) + "^"
                items += "<pre style=\"margin:.4rem 0 0;padding:.5rem;background:#000;color:#eee;overflow:auto;white-space:pre\">"
                    + escape(visible) + "\n" + escape(caret) + "</pre>"
            }
            items += "</li>"
        }
        let title = errors.count == 1 ? "1 error" : "\(errors.count) errors"
        return """
        <div id="\(Self.elementID)" role="alertdialog" aria-labelledby="imprint-error-title" style="position:fixed;left:0;right:0;bottom:0;max-height:75vh;overflow:auto;z-index:2147483647;box-sizing:border-box;padding:1.25rem 1.5rem;background:rgba(24,24,27,.96);color:#f4f4f5;font:14px/1.5 ui-monospace,SFMono-Regular,Menlo,Consolas,monospace;border-top:4px solid #ef4444;box-shadow:0 -8px 24px rgba(0,0,0,.4)">
        <button type="button" onclick="this.parentNode.style.display='none'" style="float:right;font:inherit;background:#3f3f46;color:#fff;border:0;padding:.25rem .75rem;cursor:pointer">Hide</button>
        <h2 id="imprint-error-title" style="margin:0 0 1rem;font:inherit;font-size:16px;font-weight:bold">imprint serve: \(title). The page below is the last good build; it updates when the files are fixed.</h2>
        <ol style="margin:0;padding-left:1.5rem">\(items)</ol>
        </div>
        """
    }

    func escape(_ s: String) -> String {
        var out = ""
        out.reserveCapacity(s.utf8.count)
        for c in s.unicodeScalars {
            switch c {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            default: out.unicodeScalars.append(c)
            }
        }
        return out
    }
}
