/// A `{{> name}}` or `{{< name}}` tag of a compiled template, where it was written, and
/// whether it sits inside a section (so data can end a template that includes itself).
public struct TemplateReference: Sendable, Equatable {
    public var name: String
    public var isParent: Bool
    public var line: Int
    public var column: Int
    /// Inside `{{#…}}` or `{{^…}}`: rendered only when the data says so.
    public var isConditional: Bool
}
