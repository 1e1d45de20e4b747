import Foundation
import SiteModel

/// A date as manuscripts write it: "January 28, 2025", "Jan. 28, 2025", "28 January 2025",
/// "2025-01-28".
enum ManuscriptDate {
    static let months = ["january", "february", "march", "april", "may", "june", "july", "august",
                         "september", "october", "november", "december"]

    static func parse(_ text: String) -> SimpleDate? {
        let cleaned = text.trimmingCharacters(in: .whitespacesAndNewlines.union(.init(charactersIn: ".")))
        if cleaned.count == 10, let iso = SimpleDate(cleaned) { return iso }
        let words = cleaned.replacingOccurrences(of: ",", with: " ").replacingOccurrences(of: ".", with: " ")
            .split(separator: " ").map { String($0).lowercased() }
        guard words.count == 3 else { return nil }
        if let month = month(words[0]), let day = number(words[1]), let year = number(words[2]) {
            return valid(year, month, day)
        }
        if let day = number(words[0]), let month = month(words[1]), let year = number(words[2]) {
            return valid(year, month, day)
        }
        return nil
    }

    private static func month(_ word: String) -> Int? {
        guard word.count >= 3 else { return nil }
        return months.firstIndex { $0.hasPrefix(word) }.map { $0 + 1 }
    }

    private static func number(_ word: String) -> Int? {
        // "28th", "1st"
        let digits = word.prefix { $0.isNumber }
        guard !digits.isEmpty, digits.count <= 4, ["", "st", "nd", "rd", "th"].contains(String(word.dropFirst(digits.count))) else { return nil }
        return Int(digits)
    }

    private static func valid(_ year: Int, _ month: Int, _ day: Int) -> SimpleDate? {
        guard (1000...9999).contains(year) else { return nil }
        return SimpleDate(year: year, month: month, day: day)
    }
}
