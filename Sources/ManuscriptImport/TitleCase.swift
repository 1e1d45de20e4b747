import Foundation

/// Title case for a title a manuscript wrote in capitals ("WATER SHARING IN THE INDUS BASIN" →
/// "Water Sharing in the Indus Basin"): small words stay lower case except first, last and after
/// a colon.
enum TitleCase {
    static let smallWords: Set<String> = [
        "a", "an", "and", "as", "at", "but", "by", "for", "from", "in", "into", "nor", "of", "on", "or",
        "over", "per", "the", "to", "up", "via", "vs", "with",
    ]

    /// True when the text has letters and none of them is lower case.
    static func isShouting(_ text: String) -> Bool {
        let letters = text.filter(\.isLetter)
        return letters.count >= 4 && letters.allSatisfy { !$0.isLowercase } && letters.contains(where: \.isUppercase)
    }

    static func make(_ text: String) -> String {
        let words = text.split(separator: " ", omittingEmptySubsequences: true).map(String.init)
        var out: [String] = []
        var startsPhrase = true
        for (i, word) in words.enumerated() {
            let lower = word.lowercased()
            let bare = lower.trimmingCharacters(in: .punctuationCharacters)
            let last = i == words.count - 1
            if !startsPhrase && !last && smallWords.contains(bare) {
                out.append(lower)
            } else {
                out.append(capitalised(lower))
            }
            startsPhrase = word.hasSuffix(":") || word.hasSuffix("—") || word.hasSuffix("?")
        }
        return out.joined(separator: " ")
    }

    /// The first letter upper case, and the first after each hyphen ("cross-border" → "Cross-Border").
    private static func capitalised(_ word: String) -> String {
        var out = ""
        var upperNext = true
        for character in word {
            if character.isLetter {
                out += upperNext ? character.uppercased() : String(character)
                upperNext = false
            } else {
                out.append(character)
                if character == "-" { upperNext = true }
            }
        }
        return out
    }
}
