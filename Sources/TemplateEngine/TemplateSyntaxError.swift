/// A mistake in a template's text, at the line and column (in characters, from 1) of the tag
/// that shows it.
public struct TemplateSyntaxError: Error, Sendable, Equatable, CustomStringConvertible {
    public enum Kind: Sendable, Equatable {
        /// `{{` with no `}}` before the line ends (or the next `{{`).
        case unfinishedTag
        /// `{{#a}}` … `{{/b}}`: the close names another section, opened at `openedLine`.
        case mismatchedClose(closes: String, opened: String, openedKind: Character, openedLine: Int)
        /// `{{/a}}` with no section open.
        case strayClose(String)
        /// A section, parent or block never closed.
        case unclosedSection(String)
        /// `{{=…=}}` that does not give two delimiters.
        case invalidSetDelimiter
        /// A tag whose name is empty or holds whitespace.
        case invalidName(String)
        /// Something other than a block inside a parent tag.
        case illegalInsideParent
    }

    public var kind: Kind
    public var line: Int
    public var column: Int

    public var message: String {
        switch kind {
        case .unfinishedTag: return "a tag is not closed with }}"
        case .mismatchedClose(let closes, let opened, let openedKind, let openedLine):
            return "a closing tag does not match the section it closes: `{{/\(closes)}}` closes `{{\(openedKind)\(opened)}}`, opened on line \(openedLine)"
        case .strayClose(let name): return "`{{/\(name)}}` closes no section"
        case .unclosedSection: return "a section is opened but never closed"
        case .invalidSetDelimiter: return "malformed set-delimiter tag"
        case .invalidName(let name): return "`\(name)` is not a name a tag can look up"
        case .illegalInsideParent: return "only {{$block}} sections may appear inside {{<parent}}"
        }
    }

    public var description: String { "\(line):\(column): \(message)" }
}
