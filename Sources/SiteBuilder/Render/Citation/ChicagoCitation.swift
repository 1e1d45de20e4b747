/// A brief cited in the Chicago Manual of Style's notes-bibliography system (17th ed., 14.220,
/// reports): a note form and a bibliography form, each as HTML (title in italics) and as text.
struct ChicagoCitation: Sendable {
    /// A run of text, italic or not; rendered to HTML or plain text at the end.
    struct Part: Sendable {
        var text: String
        var italic = false
    }

    /// The punctuation between parts and names, in the brief's language (an Arabic citation
    /// separates with `،` and joins with `و`).
    struct Punctuation: Sendable {
        var comma = ", ", and = " and ", serialAnd = ", and ", etAl = " et al."
    }

    var note: [Part]
    var bibliography: [Part]

    init(_ record: CitationRecord, punctuation p: Punctuation = Punctuation()) {
        let title = record.fullTitle
        let titleEndsInMark = title.last.map { "?!".contains($0) } ?? false
        let series = [record.typeLabel, record.number].compactMap { $0 }.joined(separator: " ")
        let publisher = (record.place.map { $0 + ": " } ?? "") + record.institution + p.comma + String(record.date.year)
        let link = record.preferredLink

        // Osman, *Title*, Issue Brief IB-1 (Nairobi: Institute, 2025), https://….
        note = [Part(text: Self.noteAuthors(record.authors, p) + p.comma), Part(text: title, italic: true),
                Part(text: (titleEndsInMark ? " " : p.comma) + series + " (" + publisher + ")" + p.comma + link + ".")]
        // Osman, Halima. *Title*. Issue Brief IB-1. Nairobi: Institute, 2025. https://….
        bibliography = [Part(text: Self.sentence(Self.bibliographyAuthors(record.authors, p)) + " "),
                        Part(text: title, italic: true),
                        Part(text: (titleEndsInMark ? " " : ". ") + Self.sentence(series) + " "
                             + publisher + ". " + link + ".")]
    }

    /// A, A and B, A, B, and C; four or more: A et al. (14.76).
    static func noteAuthors(_ names: [PersonName], _ p: Punctuation = Punctuation()) -> String {
        let display = names.map(\.display)
        switch display.count {
        case 0: return ""
        case 1: return display[0]
        case 2: return display[0] + p.and + display[1]
        case 3: return display[0] + p.comma + display[1] + p.serialAnd + display[2]
        default: return display[0] + p.etAl
        }
    }

    /// The first author inverted; up to ten listed, else the first seven and et al. (14.76).
    static func bibliographyAuthors(_ names: [PersonName], _ p: Punctuation = Punctuation()) -> String {
        guard let first = names.first else { return "" }
        let listed = names.count > 10 ? Array(names.prefix(7)) : names
        let rest = listed.dropFirst().map(\.display)
        if names.count > 10 { return ([first.inverted] + rest).joined(separator: p.comma) + String(p.comma.dropLast(p.comma.hasSuffix(" ") ? 1 : 0)) + p.etAl }
        switch rest.count {
        case 0: return first.inverted
        default: return ([first.inverted] + rest.dropLast()).joined(separator: p.comma) + p.serialAnd + rest.last!
        }
    }

    /// Ends `s` with a period unless it already ends with one.
    static func sentence(_ s: String) -> String { s.hasSuffix(".") ? s : s + "." }

    static func html(_ parts: [Part]) -> String {
        parts.map { $0.italic ? "<em>" + XMLEscape.text($0.text) + "</em>" : XMLEscape.text($0.text) }.joined()
    }

    static func text(_ parts: [Part]) -> String { parts.map(\.text).joined() }
}
