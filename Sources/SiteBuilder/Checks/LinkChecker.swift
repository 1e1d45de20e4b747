import Foundation
import MarkdownRender
import SiteModel

/// Checks every link and image in rendered Markdown against what the build will write:
/// pages and files that do not exist, `#anchors` missing on their page, links to drafts,
/// malformed external URLs and images without alt text.
struct LinkChecker: Sendable {
    let inventory: OutputInventory

    /// A page this build does not write (an embargoed brief, a draft left out): its links to
    /// itself are checked against what it will have once published.
    struct UnbuiltPage: Sendable {
        /// Output-relative paths of its page and bundle files (`briefs/x/index.html`, `briefs/x/fig.png`).
        var files: Set<String>
        var anchors: Set<String>
    }

    /// - Parameters:
    ///   - folder: the output folder of the page the links are on (`briefs/x/`).
    ///   - file: the source file, for diagnostics.
    ///   - unbuilt: the page itself, when this build leaves it out.
    func check(_ links: [MarkdownLink], onPage folder: String, file: String, unbuilt: UnbuiltPage? = nil) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        let ownAnchors = inventory.anchors[folder + "index.html"] ?? unbuilt?.anchors ?? []
        for link in links {
            let at = SourceLocation(file: file, line: link.line, column: link.column)
            if link.isImage, link.text.trimmingCharacters(in: .whitespaces).isEmpty {
                diagnostics.append(.warning("missing-alt",
                    "image `\(link.destination)` has no alt text; describe it for readers who cannot see it: ![what it shows](…)", at: at))
            }
            if link.destination.isEmpty {
                if !link.isImage { diagnostics.append(.warning("empty-link", "this link has no destination", at: at)) }
                continue
            }
            switch LinkTarget(link.destination, from: folder) {
            case .otherScheme:
                continue
            case .external(let url):
                if let problem = Self.externalProblem(url) {
                    diagnostics.append(.error("malformed-url", "`\(link.destination)` is not a well-formed URL: \(problem)", at: at))
                }
            case .anchor(let id):
                if !ownAnchors.contains(id) {
                    diagnostics.append(.error("broken-anchor", "`#\(id)` matches no heading or note on this page", at: at))
                }
            case .outside:
                diagnostics.append(.error(link.isImage ? "missing-file" : "broken-link",
                    "`\(link.destination)` points outside the site", at: at))
            case .site(let path, let fragment):
                guard let target = inventory.resolve(path) else {
                    if let unbuilt, let own = OutputInventory.resolve(path, in: unbuilt.files) {
                        if let fragment, own.hasSuffix(".html"), !unbuilt.anchors.contains(fragment) {
                            diagnostics.append(.error("broken-anchor", "`#\(fragment)` matches no heading or note on this page", at: at))
                        }
                        continue
                    }
                    let folderPath = path.hasSuffix("/") ? path : path + "/"
                    if let release = inventory.embargoedFolders[folderPath] {
                        // An embargoed brief may link to one released no later than itself.
                        if let own = inventory.embargoedFolders[folder], own >= release { continue }
                        diagnostics.append(.error("link-to-embargoed",
                            "`\(link.destination)` links to a brief embargoed until \(release); the link would be broken until then", at: at))
                    } else if inventory.draftFolders.contains(folderPath) {
                        diagnostics.append(.error("link-to-draft",
                            "`\(link.destination)` links to a draft, which is not published; the link would be broken", at: at))
                    } else if link.isImage {
                        diagnostics.append(.error("missing-file", "image `\(link.destination)` does not exist", at: at))
                    } else {
                        diagnostics.append(.error("broken-link", "`\(link.destination)` leads to no page or file of the site", at: at))
                    }
                    continue
                }
                if let fragment, let anchors = inventory.anchors[target], !anchors.contains(fragment) {
                    diagnostics.append(.error("broken-anchor",
                        "`#\(fragment)` matches no heading or note on /\(target.replacingOccurrences(of: "index.html", with: ""))", at: at))
                }
            }
        }
        return diagnostics
    }

    /// Why an http(s) URL is malformed, or nil when it is fine.
    static func externalProblem(_ url: String) -> String? {
        // Bytes, not Characters or Foundation's `contains`: this runs for every link of every brief.
        if url.utf8.contains(where: { $0 == 0x20 || $0 == 0x09 || $0 == 0x0A }) { return "it contains spaces" }
        guard let components = URLComponents(string: url) else { return "it cannot be parsed" }
        guard let host = components.host, !host.isEmpty else { return "it has no host name" }
        let dot = UInt8(ascii: ".")
        let bytes = Array(host.utf8)
        if bytes.first == dot || zip(bytes, bytes.dropFirst()).contains(where: { $0 == dot && $1 == dot }) {
            return "the host name `\(host)` is invalid"
        }
        if !bytes.contains(dot) && host != "localhost" { return "the host name `\(host)` has no domain" }
        return nil
    }
}
