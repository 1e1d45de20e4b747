import Foundation

/// A brief's embargo: the moment it may be published (`publish_at: 2031-03-01T09:00+05:00`),
/// kept with the zone it was written in so that messages and pages show it as the team wrote it.
public struct PublishTime: Hashable, Sendable, Comparable, CustomStringConvertible {
    /// Seconds since 1970 in UTC.
    public let instant: Date
    public let date: SimpleDate
    public let hour: Int
    public let minute: Int
    /// The written zone, in minutes east of UTC.
    public let offsetMinutes: Int

    /// Nil unless `text` is `YYYY-MM-DD`, `T` or a space, `HH:MM` (`:SS` allowed) and a zone,
    /// `Z` or `±HH:MM`. A time without a zone is refused: a server in UTC and a team in
    /// Karachi would read it five hours apart.
    public init?(_ text: String) {
        let chars = Array(text.utf8)
        guard chars.count >= 17, chars.count <= 25, let date = SimpleDate(String(decoding: chars[0..<10], as: UTF8.self)),
              chars[10] == UInt8(ascii: "T") || chars[10] == UInt8(ascii: " ") || chars[10] == UInt8(ascii: "t"),
              let hour = Self.number(chars, 11, 2), chars[13] == UInt8(ascii: ":"), let minute = Self.number(chars, 14, 2),
              hour < 24, minute < 60 else { return nil }
        var at = 16
        var second = 0
        if at < chars.count, chars[at] == UInt8(ascii: ":") {
            guard let s = Self.number(chars, at + 1, 2), s < 60 else { return nil }
            second = s
            at += 3
        }
        let zone = chars[at...]
        var offset: Int
        if zone.elementsEqual("Z".utf8) || zone.elementsEqual("z".utf8) {
            offset = 0
        } else {
            guard zone.count == 6, zone.first == UInt8(ascii: "+") || zone.first == UInt8(ascii: "-"),
                  let h = Self.number(chars, at + 1, 2), chars[at + 3] == UInt8(ascii: ":"), let m = Self.number(chars, at + 4, 2),
                  h <= 14, m < 60 else { return nil }
            offset = h * 60 + m
            if zone.first == UInt8(ascii: "-") { offset = -offset }
        }
        self.date = date
        self.hour = hour
        self.minute = minute
        self.offsetMinutes = offset
        let days = Self.daysSince1970(date)
        instant = Date(timeIntervalSince1970: Double(days * 86_400 + hour * 3_600 + minute * 60 + second - offset * 60))
    }

    /// The start of `date` in `zone`: when a brief with a future `date` and no `publish_at` is released.
    public init(startOf date: SimpleDate, in zone: TimeZone) {
        let midnightUTC = Date(timeIntervalSince1970: Double(Self.daysSince1970(date) * 86_400))
        // The zone's offset at that moment (close enough across a daylight-saving change at midnight).
        let offset = zone.secondsFromGMT(for: midnightUTC) / 60
        self.date = date
        hour = 0
        minute = 0
        offsetMinutes = offset
        instant = midnightUTC.addingTimeInterval(Double(-offset * 60))
    }

    /// `2031-03-01 09:00 +05:00`
    public var description: String {
        let sign = offsetMinutes < 0 ? "-" : "+"
        let zone = offsetMinutes == 0 ? "UTC" : sign + Self.pad(abs(offsetMinutes) / 60) + ":" + Self.pad(abs(offsetMinutes) % 60)
        return "\(date) \(Self.pad(hour)):\(Self.pad(minute)) \(zone)"
    }

    /// ISO 8601 with the written zone, for `<time datetime>`.
    public var iso: String {
        let sign = offsetMinutes < 0 ? "-" : "+"
        return "\(date)T\(Self.pad(hour)):\(Self.pad(minute)):00" + sign + Self.pad(abs(offsetMinutes) / 60) + ":" + Self.pad(abs(offsetMinutes) % 60)
    }

    public static func < (a: PublishTime, b: PublishTime) -> Bool { a.instant < b.instant }

    private static func number(_ chars: [UInt8], _ at: Int, _ width: Int) -> Int? {
        guard at >= 0, at + width <= chars.count else { return nil }
        var value = 0
        for c in chars[at..<at + width] {
            guard (0x30...0x39).contains(c) else { return nil }
            value = value * 10 + Int(c - 0x30)
        }
        return value
    }

    /// Days from 1970-01-01 to `date` in the proleptic Gregorian calendar (years 1–9999, so no overflow).
    static func daysSince1970(_ date: SimpleDate) -> Int {
        let y = date.month <= 2 ? date.year - 1 : date.year
        let era = (y >= 0 ? y : y - 399) / 400
        let yearOfEra = y - era * 400
        let monthIndex = date.month > 2 ? date.month - 3 : date.month + 9
        let dayOfYear = (153 * monthIndex + 2) / 5 + date.day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return era * 146_097 + dayOfEra - 719_468
    }

    private static func pad(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }
}
