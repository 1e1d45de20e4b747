/// The words the renderer writes into a body, in the page's language: the notes heading, each
/// backlink's label and the figure label. `{n}` is the number.
public struct NoteLabels: Sendable, Hashable {
    public var notes: String
    public var backToReference: String
    public var figure: String
    /// English backlinks name a repeated use by its ordinal ("Back to reference 3, second use");
    /// other languages add the use's number in brackets ("… 3 (2)").
    public var ordinalUses: Bool
    /// On a right-to-left page each note reads in the direction of its own text (`dir="auto"`),
    /// so a citation in Latin script keeps its order.
    public var autoDirection: Bool

    public init(notes: String = "Notes", backToReference: String = "Back to reference {n}", figure: String = "Figure {n}.",
                ordinalUses: Bool = true, autoDirection: Bool = false) {
        self.autoDirection = autoDirection
        self.notes = notes
        self.backToReference = backToReference
        self.figure = figure
        self.ordinalUses = ordinalUses
    }

    public static let english = NoteLabels()

    /// The text before and after `{n}` (all of it before, when there is no `{n}`).
    static func split(_ template: String) -> (before: String, after: String) {
        guard let range = template.range(of: "{n}") else { return (template, "") }
        return (String(template[..<range.lowerBound]), String(template[range.upperBound...]))
    }
}
