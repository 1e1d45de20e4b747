import SiteModel

/// A person's name as citation formats need it: family name and given names. People may set
/// `family_name` and `given_name`; otherwise the family name is the last word of `name`.
struct PersonName: Sendable, Hashable {
    /// As written in `name`, for display and for Highwire and JSON-LD.
    var display: String
    var family: String
    /// Nil when the name has no separable given part (a one-word name): it is then cited as
    /// `display`, as written.
    var given: String?

    init(display: String, family: String, given: String?) {
        self.display = display
        self.family = family
        self.given = given?.isEmpty == true ? nil : given
    }

    init(_ person: Person) {
        let display = person.name
        if let family = person.familyName {
            // Given names are what `name` holds besides the family name, before or after it.
            var given = person.givenName
            if given == nil, display.hasSuffix(" " + family) {
                given = String(display.dropLast(family.count + 1))
            } else if given == nil, display.hasPrefix(family + " ") {
                given = String(display.dropFirst(family.count + 1))
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

    /// "Osman, Halima" (or the name as written).
    var inverted: String { given.map { "\(family), \($0)" } ?? display }
}
