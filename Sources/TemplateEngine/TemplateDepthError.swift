/// Partials and parents nested past the limit while rendering `template`: `partial` was about
/// to be included once more. A template that includes itself needs data that ends it.
public struct TemplateDepthError: Error, Sendable, Equatable, CustomStringConvertible {
    public var template: String
    public var partial: String
    public var limit: Int

    public var description: String {
        "rendering `\(template)` nested partials and parents more than \(limit) levels deep (`\(partial)` includes itself without end)"
    }
}
