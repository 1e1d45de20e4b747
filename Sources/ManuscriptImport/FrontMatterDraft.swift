import Foundation
import SiteModel

/// The imported brief's front matter, line by line, so that each warning points at the line it
/// is about: people matched by name to `content/people/`, the centre to `content/centres/`, the
/// disclaimer kept only when it differs from the site's. The brief is a draft until the team has
/// read it.
struct FrontMatterDraft {
    let path: String
    let file: String
    private(set) var lines = ["---"]
    private(set) var diagnostics: [Diagnostic] = []

    init(path: String, file: String) {
        self.path = path
        self.file = file
    }

    var text: String { (lines + ["---"]).joined(separator: "\n") + "\n" }
    /// Lines up to and including the closing `---`.
    var lineCount: Int { lines.count + 1 }

    mutating func compose(_ block: TitleBlock, site: Site?, today: SimpleDate) {
        let title = block.title ?? URL(fileURLWithPath: file).deletingPathExtension().lastPathComponent
        add("title: " + YAMLQuoting.quoted(title))
        if block.title == nil {
            warn("import-unclear", "no title found at the top of \(file) or in its document properties; its file name was used")
        } else if block.titleFromProperties {
            warn("import-properties", "no title found at the top of \(file); the title of its Word document properties was used")
        } else if block.titleWasShouting {
            warn("import-title-case", "the title was in capitals and is written in title case: check names and acronyms")
        }
        if let subtitle = block.subtitle { add("subtitle: " + YAMLQuoting.quoted(subtitle)) }
        add("date: \(block.date ?? today)")
        if block.date == nil { warn("import-unclear", "no date found in \(file); today's date was written") }

        let centres = site?.centres ?? []
        func centreID(_ text: String?) -> String? {
            guard let wanted = text.map(Self.normalised) else { return nil }
            return centres.first { Self.normalised($0.name) == wanted || $0.shortName.map(Self.normalised) == wanted }?.id
        }
        let people = site?.people ?? []
        func person(_ name: String) -> Person? {
            let wanted = Self.normalised(name)
            return people.first { Self.normalised($0.name) == wanted }
                ?? people.first { [$0.givenName, $0.familyName].compactMap { $0 }.joined(separator: " ").isEmpty == false
                    && Self.normalised([$0.givenName, $0.familyName].compactMap { $0 }.joined(separator: " ")) == wanted }
        }

        var authorIDs: [String] = []
        var unknown: [(String, String)] = []   // line text, message
        for author in block.authors {
            if let known = person(author.name) {
                authorIDs.append(known.id)
            } else {
                let id = Slug.make(author.name)
                authorIDs.append(id)
                var command = "imprint new person \(Self.shellQuoted(author.name))"
                if let role = author.role { command += " --role \(Self.shellQuoted(role))" }
                if let centre = centreID(author.centre) { command += " --centre \(centre)" }
                var read = ""
                if author.role != nil || author.centre != nil {
                    read = " (the manuscript says: " + [author.role, author.centre].compactMap { $0 }.joined(separator: ", ") + ")"
                }
                unknown.append(("authors", "author \(author.name) is not in content/people\(read): create content/people/\(id).md, e.g. with `\(command)`"))
            }
        }
        add("authors: [" + authorIDs.joined(separator: ", ") + "]")
        if block.authors.isEmpty {
            warn("import-unclear", "no byline (\"By …\") found in \(file): add the authors")
        } else if block.authorsFromProperties {
            warn("import-properties", "no byline (\"By …\") found in \(file); the authors were taken from its Word document properties: check them")
        }
        for (_, message) in unknown { warn("import-unknown-person", message) }

        if !block.editors.isEmpty {
            var editorIDs: [String] = []
            var unknownEditors: [String] = []
            for name in block.editors {
                if let known = person(name) { editorIDs.append(known.id) } else {
                    let id = Slug.make(name)
                    editorIDs.append(id)
                    unknownEditors.append("editor \(name) is not in content/people: create content/people/\(id).md, e.g. with `imprint new person \(Self.shellQuoted(name))`")
                }
            }
            add("editors: [" + editorIDs.joined(separator: ", ") + "]")
            for message in unknownEditors { warn("import-unknown-person", message) }
        }

        // The centre the authors share, as the byline names it or as their people files say.
        let named = Set(block.authors.compactMap { centreID($0.centre) })
        let filed = Set(block.authors.compactMap { person($0.name)?.centre?.value })
        let written = Set(block.authors.compactMap(\.centre))
        if named.count == 1, let centre = named.first {
            add("centre: \(centre)")
        } else if named.isEmpty, filed.count == 1, let centre = filed.first {
            add("centre: \(centre)")
        }
        for text in written where centreID(text) == nil {
            warn("import-unknown-centre", "the byline names \(text), which is not in content/centres; `centre:` was left out (imprint new centre \(Self.shellQuoted(text)))")
        }

        if let disclaimer = block.disclaimer,
           Self.normalised(disclaimer) != Self.normalised(site?.config.disclaimer ?? "") {
            add("disclaimer: " + YAMLQuoting.quoted(disclaimer))
        }
        add("draft: true      # imported from \(Self.comment(file)) on \(today): read it, then remove this line to publish")
    }

    private mutating func add(_ line: String) { lines.append(line) }

    /// A warning on the line written last.
    private mutating func warn(_ code: String, _ message: String) {
        diagnostics.append(.warning(code, message, at: SourceLocation(file: path, line: lines.count, column: 1)))
    }

    static func normalised(_ text: String) -> String {
        text.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil)
            .replacingOccurrences(of: ".", with: "").replacingOccurrences(of: "&", with: " and ")
            .split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
    }

    static func shellQuoted(_ s: String) -> String {
        "\"" + s.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"")
            .replacingOccurrences(of: "$", with: "\\$").replacingOccurrences(of: "`", with: "\\`") + "\""
    }

    /// A file name for a YAML comment: no line break can end the comment early.
    private static func comment(_ text: String) -> String {
        String(text.map { $0.isNewline ? " " : $0 })
    }
}
