import Foundation
import Testing
import SiteModel

/// `publish_at`: a date, a time and a zone, read exactly; anything else refused.
@Suite struct PublishTimeTests {
    func instant(_ iso: String) -> Date {
        let formatter = ISO8601DateFormatter()
        formatter.formatOptions = [.withInternetDateTime]
        return formatter.date(from: iso)!
    }

    @Test func theFormsTeamsWriteGiveTheRightMoment() throws {
        let karachi = try #require(PublishTime("2031-03-01T09:00+05:00"))
        #expect(karachi.instant == instant("2031-03-01T04:00:00Z"))
        #expect(karachi.description == "2031-03-01 09:00 +05:00")
        #expect(karachi.iso == "2031-03-01T09:00:00+05:00")
        #expect(PublishTime("2031-03-01 09:00:30Z")?.instant == instant("2031-03-01T09:00:30Z"))
        #expect(PublishTime("2024-02-29T23:59-03:30")?.instant == instant("2024-03-01T03:29:00Z"))
        #expect(PublishTime("1970-01-01T00:00Z")?.instant == Date(timeIntervalSince1970: 0))
        #expect(PublishTime("9999-12-31T23:59:59+14:00") != nil)
        #expect(PublishTime("2031-03-01T09:00Z")?.description == "2031-03-01 09:00 UTC")
    }

    @Test func anythingWithoutAZoneOrOutOfRangeIsRefused() {
        for text in ["2031-03-01", "2031-03-01T09:00", "2031-03-01 09:00", "2031-02-30T09:00Z", "2031-03-01T24:00Z",
                     "2031-03-01T09:60Z", "2031-03-01T09:00:61Z", "2031-03-01T09:00+15:00", "2031-03-01T09:00+0500",
                     "2031-03-01T9:00Z", "2031-03-01T09:00Z ", "2031-03-01X09:00Z", "", "٢٠٣١-03-01T09:00Z",
                     "2031-03-01T09:00+05:00:00", "99999-03-01T09:00Z"] {
            #expect(PublishTime(text) == nil, "\(text)")
        }
    }

    @Test func aFutureDateIsReleasedAtTheStartOfItsDayInTheZone() throws {
        let date = try #require(SimpleDate("2031-03-01"))
        let karachi = try #require(TimeZone(identifier: "Asia/Karachi"))
        let start = PublishTime(startOf: date, in: karachi)
        #expect(start.instant == instant("2031-02-28T19:00:00Z"))
        #expect(start.description == "2031-03-01 00:00 +05:00")
        let brief = Brief(slug: "b", sourcePath: "b.md", title: "B", date: date, authors: [], body: "", bodyStartLine: 1)
        #expect(brief.embargo(at: instant("2031-02-28T18:59:59Z"), in: karachi) == start)
        #expect(brief.embargo(at: instant("2031-02-28T19:00:00Z"), in: karachi) == nil)
        var timed = brief
        timed.publishAt = PublishTime("2030-01-01T00:00Z")
        #expect(timed.embargo(at: instant("2029-12-31T00:00:00Z"), in: karachi)?.description == "2030-01-01 00:00 UTC",
                "publish_at wins over a later date")
    }
}
