/// One piece of a compiled template. Names are split at their dots once, when the template is
/// compiled, so rendering never splits a string.
public indirect enum TemplateNode: Sendable {
    /// Literal bytes of the template.
    case text([UInt8])
    /// A line of the template starts here: the indentation of the partial or block being
    /// rendered goes in front of it (nothing at the top level).
    case indent
    /// `{{name}}` (escaped) or `{{{name}}}` / `{{&name}}`.
    case variable(TemplateName, escaped: Bool)
    /// `{{#name}}…{{/name}}` or, inverted, `{{^name}}…{{/name}}`.
    case section(TemplateName, [TemplateNode], inverted: Bool)
    /// `{{> name}}`: another template rendered in place, in the current context.
    case partial(String, TemplateIndentation?)
    /// `{{< name}}…{{/name}}`: another template rendered with some of its blocks replaced.
    case parent(String, TemplateIndentation?, blocks: [String: [TemplateNode]])
    /// `{{$ name}}…{{/name}}` outside a parent tag: a place a child template may fill; the nodes
    /// are what it shows when none does.
    case block(String, [TemplateNode], TemplateIndentation?)
}

/// The indentation a partial, parent or block is rendered with: added to each of its lines.
/// When the tag was not standalone its first line already has the whitespace written before
/// the tag, so `skipsFirstLine` leaves that one alone.
public struct TemplateIndentation: Sendable, Equatable {
    public var bytes: [UInt8]
    public var skipsFirstLine: Bool
}

/// A name as written in a tag: `.` for the current item, or dotted parts looked up from the
/// innermost context outwards (the first part) and then inside what it found (the others).
public struct TemplateName: Sendable, Equatable, CustomStringConvertible {
    public let parts: [String]
    /// For each part named `has_x`, `x`: the list whose emptiness it tells when the library
    /// flags lists (`TemplateLibrary.flagsLists`) and the object has no `has_x` of its own.
    let listNames: [String?]
    public var isImplicitIterator: Bool { parts.isEmpty }

    public init(_ written: String) {
        parts = written == "." ? [] : written.split(separator: ".", omittingEmptySubsequences: false).map(String.init)
        listNames = parts.map { $0.hasPrefix(Self.listFlagPrefix) ? String($0.dropFirst(Self.listFlagPrefix.count)) : nil }
    }

    static let listFlagPrefix = "has_"

    public var description: String { parts.isEmpty ? "." : parts.joined(separator: ".") }
}
