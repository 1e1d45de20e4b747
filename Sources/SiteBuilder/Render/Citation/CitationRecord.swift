import Foundation
import SiteModel

/// Everything a citation of one brief says, gathered once from the resolved site, so the page
/// metadata, the "Cite this brief" box and the cite.bib/.ris/.json files cannot disagree.
struct CitationRecord: Sendable {
    var title: String
    var subtitle: String?
    /// Authors in byline order; editors are never authors.
    var authors: [PersonName]
    var editors: [PersonName]
    var date: SimpleDate
    var updated: SimpleDate?
    /// The organisation that issues the brief, and its town.
    var institution: String
    var place: String?
    /// The series label, e.g. "Issue Brief".
    var typeLabel: String
    var number: String?
    /// The series' own title and ISSN (site.yaml `types:`), when it has them.
    var series: String? = nil
    var issn: String? = nil
    /// Absolute URL of the brief page.
    var url: String
    var doi: String?
    var abstract: String?
    var language: String
    /// Topics first, then keywords, each once.
    var keywords: [String]
    /// BibTeX key: family name of the first author, year, first significant title word.
    var key: String

    /// Title and subtitle as one, the way bibliographies print it: "Title: Subtitle", or
    /// "Title? Subtitle" when the title ends in its own punctuation.
    var fullTitle: String {
        guard let subtitle, !subtitle.isEmpty else { return title }
        if let last = title.last, "?!:".contains(last) { return title + " " + subtitle }
        return title + ": " + subtitle
    }

    /// The link a citation prints: the DOI when there is one (Chicago 14.8), else the page.
    var preferredLink: String { doi.map { "https://doi.org/" + $0 } ?? url }

    /// `osman2025paying`: ASCII only, since BibTeX keys must be; a name in another script
    /// gives way to "brief".
    static func key(family: String?, year: Int, title: String) -> String {
        let skip: Set<String> = ["a", "an", "the", "of", "on", "in", "for", "and", "to", "from", "at"]
        let word = title.split(whereSeparator: { !$0.isLetter && !$0.isNumber }).lazy
            .map { ascii(String($0)) }
            .first { !$0.isEmpty && !skip.contains($0) } ?? "brief"
        let name = family.map(ascii) ?? ""
        return (name.isEmpty ? "brief" : name) + String(year) + word
    }

    /// Lowercased ASCII letters and digits of `s`, accents folded (é → e) and other Latin letters
    /// spelled in ASCII (ø → o, ß → ss, ł → l), by ICU's Latin-ASCII transform.
    static func ascii(_ s: String) -> String {
        // Folding goes through Foundation's Unicode tables; plain ASCII has nothing to fold.
        if s.utf8.allSatisfy({ $0 < 0x80 }) {
            return String(decoding: s.utf8.compactMap { b -> UInt8? in
                let lower = b >= 0x41 && b <= 0x5A ? b | 0x20 : b
                return (lower >= 0x61 && lower <= 0x7A) || (lower >= 0x30 && lower <= 0x39) ? lower : nil
            }, as: UTF8.self)
        }
        let folded = (s.applyingTransform(StringTransform("Latin-ASCII"), reverse: false) ?? s).lowercased()
            .folding(options: .diacriticInsensitive, locale: nil)
        return String(folded.unicodeScalars.filter { $0.isASCII && ($0.properties.isAlphabetic || ("0"..."9").contains($0)) }
            .map(Character.init))
    }
}
