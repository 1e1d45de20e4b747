import Foundation
import SiteModel

/// Formats front-matter dates for display with one formatter (pattern and locale from site.yaml).
/// Every date is formatted once, up front, so page rendering on many threads only reads.
struct DateFormatting: Sendable {
    private let formatted: [SimpleDate: String]

    init(dates: some Sequence<SimpleDate>, pattern: String, language: String) {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: language)
        formatter.timeZone = TimeZone(identifier: "UTC")
        formatter.calendar = Calendar(identifier: .gregorian)
        formatter.dateFormat = pattern
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        var table: [SimpleDate: String] = [:]
        for date in dates where table[date] == nil {
            let components = DateComponents(year: date.year, month: date.month, day: date.day, hour: 12)
            table[date] = calendar.date(from: components).map { formatter.string(from: $0) } ?? date.iso
        }
        formatted = table
    }

    func display(_ date: SimpleDate) -> String { formatted[date] ?? date.iso }
}
