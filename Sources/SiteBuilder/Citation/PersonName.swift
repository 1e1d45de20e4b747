import SiteModel

/// A person's name as citation formats need it: family name and given names. People may set
/// `family_name` and `given_name`; otherwise the family name is the last word of `name`.
struct PersonName: Sendable, Hashable {
    /// As written in `name`, for display and for Highwire and JSON-LD.
    var display: String
    var family: String
    /// Nil for a one-word name, which is cited as it is.
    var given: String?

    init(display: String, family: String, given: String?) {
        self.display = display
        self.family = family
        self.given = given?.isEmpty == true ? nil : given
    }

    init(_ person: Person) {
        let display = person.name
        if let family = person.familyName {
            var given = person.givenName
            if given == nil, display.hasSuffix(" " + family) {
                given = String(display.dropLast(family.count + 1))
            }
            self.init(display: display, family: family, given: given)
        } else {
            let words = display.split(separator: " ")
            if words.count > 1 {
                self.init(display: display, family: String(words.last!),
                          given: person.givenName ?? words.dropLast().joined(separator: " "))
            } else {
                self.init(display: display, family: display, given: person.givenName)
            }
        }
    }

    /// True when splitting `display` at its last space gives these parts, as Zotero does with
    /// a `citation_author` written "Given Family".
    var splitsNaturally: Bool {
        guard let given else { return !display.contains(" ") }
        return display == given + " " + family && !family.contains(" ")
    }

    /// "Osman, Halima" (or the one-word name).
    var inverted: String { given.map { "\(family), \($0)" } ?? family }
}
