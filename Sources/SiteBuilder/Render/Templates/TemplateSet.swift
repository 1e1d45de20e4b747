import ContentLoader
import Foundation
import SiteModel
import TemplateEngine

/// The site's templates: the default theme's, overridden file by file by the site's own,
/// compiled once and checked up front, because Mustache renders a missing partial or parent
/// as nothing instead of failing.
struct TemplateSet: Sendable {
    let library: TemplateLibrary
    /// Each template's name and where it was read from, for diagnostics.
    let paths: [String: String]
    private let tooDeep = TemplateDepthLog()

    /// The card partial with its title at level 3 (`card_html_h3`); a name no file can have.
    static let cardLevel3 = "imprint:card-level-3"

    /// The page templates a theme must provide.
    static let required = ["base", "home", "brief", "list", "terms", "person", "people", "centre", "centres", "page", "404"]

    /// One template file: its registered name, where it was read from, and what it names.
    struct Source: Sendable {
        var name: String
        var displayPath: String
        var text: String
    }

    static func load(themeDirectory: URL?, site: SiteFolder) -> (TemplateSet?, [Diagnostic]) {
        var diagnostics: [Diagnostic] = []
        var sources: [String: Source] = [:]
        if let theme = themeDirectory {
            let themeFolder = SiteFolder(root: theme)
            for path in themeFolder.files(under: "templates") where path.hasSuffix(".mustache") {
                if let source = read(themeFolder, path, display: "(default theme) " + path, &diagnostics) {
                    sources[source.name] = source
                }
            }
        }
        for path in site.files(under: "templates") where path.hasSuffix(".mustache") {
            guard site.staysInside(path) else {
                diagnostics.append(.error("link-outside-site", "symbolic link to a file outside the site; not read",
                                          at: SourceLocation(file: path)))
                continue
            }
            if let source = read(site, path, display: path, &diagnostics) {
                sources[source.name] = source
            }
        }

        var library = TemplateLibrary(flagsLists: true)
        for source in sources.values.sorted(by: { $0.name < $1.name }) {
            do {
                library.register(try Template(source.text), named: source.name)
            } catch {
                diagnostics.append(.error("template-syntax", "template syntax error: \(error.message)",
                    at: SourceLocation(file: source.displayPath, line: error.line, column: error.column)))
            }
        }
        if sources["brief-card"] != nil, let wrapper = try? Template("{{<brief-card}}{{$level}}3{{/level}}{{/brief-card}}") {
            library.register(wrapper, named: cardLevel3)
        }
        for source in sources.values.sorted(by: { $0.displayPath < $1.displayPath }) {
            for reference in library[source.name]?.references ?? [] where sources[reference.name] == nil {
                let kind = reference.isParent ? "parent template" : "partial"
                var message = "\(kind) `\(reference.name)` does not exist"
                if let guess = Suggestions.closest(to: reference.name, among: Array(sources.keys)) {
                    message += "; did you mean `\(guess)`?"
                }
                diagnostics.append(.error("missing-partial", message,
                    at: SourceLocation(file: source.displayPath, line: reference.line, column: reference.column)))
            }
        }
        let paths = Dictionary(uniqueKeysWithValues: sources.values.map { ($0.name, $0.displayPath) })
        diagnostics += TemplateCycles.find(in: library).map { cycle in
            let first = cycle.steps[0]
            return .error("template-recursion", cycle.message,
                          at: SourceLocation(file: paths[first.template] ?? "templates/\(first.template).mustache",
                                             line: first.reference.line, column: first.reference.column))
        }
        for name in required where sources[name] == nil {
            diagnostics.append(.error("missing-template", "the theme has no `\(name).mustache`",
                                      at: SourceLocation(file: "templates/\(name).mustache")))
        }
        if diagnostics.contains(where: { $0.severity == .error }) { return (nil, diagnostics) }
        return (TemplateSet(library: library, paths: paths), diagnostics)
    }

    /// Whether the theme or the site has a template of this name.
    func has(_ name: String) -> Bool { paths[name] != nil }

    /// The page, or nothing if its partials went too deep; that is kept for `checkDepth`, which
    /// the build calls before it swaps anything in.
    func render(_ name: String, _ model: [String: Any]) -> String {
        String(decoding: renderBytes(name, model), as: UTF8.self)
    }

    /// The same, as the bytes of a file.
    func renderData(_ name: String, _ model: [String: Any]) -> Data {
        Data(renderBytes(name, model))
    }

    private func renderBytes(_ name: String, _ model: [String: Any]) -> [UInt8] {
        do {
            return try library.renderBytes(name, model) ?? []
        } catch {
            tooDeep.record(error)
            return []
        }
    }

    /// Whether some page since the last `checkDepth` went too deep (and came out empty).
    var wentTooDeep: Bool { !tooDeep.isEmpty }

    /// Each partial that included itself past the engine's limit while pages were rendered
    /// (data, not the text, kept it going: `TemplateCycles` finds the rest when loading), at
    /// its first tag that names itself, thrown; forgotten once thrown.
    func checkDepth() throws(RenderFailure) {
        let problems = tooDeep.take().map { error -> Diagnostic in
            let tag = library[error.partial]?.references.first { $0.name == error.partial }
            return .error("template-recursion", "\(error)",
                          at: SourceLocation(file: paths[error.partial] ?? "templates/\(error.partial).mustache",
                                             line: tag?.line ?? 1, column: tag?.column ?? 1))
        }
        if !problems.isEmpty { throw RenderFailure(diagnostics: problems) }
    }

    /// `templates/partials/x.mustache` is the partial `x`; `templates/y.mustache` is `y`;
    /// anything deeper keeps its folder (`print/brief`).
    static func name(of path: String) -> String {
        var relative = String(path.dropFirst("templates/".count).dropLast(".mustache".count))
        if relative.hasPrefix("partials/") { relative = String(relative.dropFirst("partials/".count)) }
        return relative
    }

    private static func read(_ folder: SiteFolder, _ path: String, display: String,
                             _ diagnostics: inout [Diagnostic]) -> Source? {
        guard let bytes = folder.read(path) else { return nil }
        switch SourceText.decode(bytes, path: display) {
        case .success(let text): return Source(name: name(of: path), displayPath: display, text: text.text)
        case .failure(let d): diagnostics.append(d); return nil
        }
    }
}
