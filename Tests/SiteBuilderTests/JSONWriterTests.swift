import Foundation
import Testing
@testable import SiteBuilder

/// `JSONWriter` writes the JSON-LD report, `cite.json` and the JSON feeds byte for byte as
/// `JSONEncoder` did (`JSONText`, the reference), for values with every optional field and
/// without, empty lists, and strings holding every character that JSON or HTML escapes.
@Suite struct JSONWriterTests {
    /// Control characters, quotes, backslashes, markup, line and paragraph separators, slashes,
    /// non-Latin scripts and emoji, and one random string per seed.
    static func strings(_ seed: UInt64) -> [String] {
        var generator = RandomEditSeriesTests.Generator(state: seed)
        let alphabet: [Unicode.Scalar] = (0..<0x80).compactMap(Unicode.Scalar.init)
            + ["\u{2028}", "\u{2029}", "é", "ع", "ی", "中", "\u{1F600}", "\u{7F}", "\u{85}", "\u{FEFF}"]
        let random = String(String.UnicodeScalarView((0..<40).map { _ in alphabet[Int(generator.next() % UInt64(alphabet.count))] }))
        return [
            "", "plain", "a\"b\\c/d", "</script><!-- & >", "\u{2028}\u{2029}x\u{2028}", "tab\tnew\nret\rback\u{8}form\u{C}",
            String(String.UnicodeScalarView((0..<0x20).compactMap(Unicode.Scalar.init))), "علی رضا", "\u{1F600} ok", random,
        ]
    }

    func person(_ s: String, full: Bool) -> JSONLDReport.Person {
        .init(name: s, givenName: full ? s + "g" : nil, familyName: full ? s + "f" : nil, url: "https://x.org/" + s,
              sameAs: full ? "https://orcid.org/" + s : nil)
    }

    func report(_ s: String, full: Bool) -> JSONLDReport {
        JSONLDReport(
            id: s, url: "https://x.org/a/", mainEntityOfPage: s, headline: s, alternativeHeadline: full ? s : nil,
            name: s, description: full ? s : nil, author: full ? [person(s, full: true), person("b", full: false)] : [],
            editor: full ? [person(s, full: false)] : nil, datePublished: "2024-01-02", dateModified: "2024-02-03",
            publisher: .init(name: s, url: full ? "https://x.org/" : nil, logo: full ? .init(url: s) : nil),
            sourceOrganization: full ? .init(name: s, url: s) : nil, reportNumber: full ? s : nil, genre: s,
            about: full ? [.init(name: s), .init(name: "t")] : nil, keywords: full ? [s, "k", ""] : nil,
            image: full ? s : nil, inLanguage: "ur", identifier: full ? .init(propertyID: "DOI", value: s) : nil,
            sameAs: full ? s : nil, encoding: full ? .init(contentUrl: s, encodingFormat: "application/pdf") : nil,
            wordCount: full ? 1234 : 0, correction: full ? [.init(datePublished: "2024-03-04", text: s)] : nil,
            isPartOf: full ? .init(name: s, issn: full ? "1234-5678" : nil) : nil)
    }

    func citation(_ s: String, full: Bool) -> CSLItem {
        let record = CitationRecord(
            title: s, subtitle: nil, authors: [], editors: [], date: .init(year: 2025, month: 1, day: 2)!,
            updated: nil, institution: s, place: nil, typeLabel: s, number: nil, url: s,
            doi: nil, abstract: nil, language: "en", keywords: [], key: s)
        var item = CSLItem(record)
        item.author = full ? [.init(PersonName(display: s, family: "F", given: s)), .init(PersonName(display: s, family: s, given: nil))] : []
        item.editor = full ? [.init(PersonName(display: "E", family: s, given: "E"))] : nil
        item.publisherPlace = full ? s : nil
        item.number = full ? s : nil
        item.collectionTitle = full ? s : nil
        item.issn = full ? s : nil
        item.doi = full ? s : nil
        item.abstract = full ? s : nil
        item.keyword = full ? s : nil
        item.publisher = s
        return item
    }

    func feed(_ s: String, full: Bool) -> JSONFeed {
        var feed = JSONFeed(Feed(title: s, description: nil, logoURL: nil, iconURL: nil, homeURL: s, atomURL: s, jsonURL: s,
                                 language: "en", author: .init(name: s, url: nil), updated: nil, entries: []))
        feed.title = s
        feed.description = full ? s : nil
        feed.icon = full ? s : nil
        feed.favicon = full ? s : nil
        feed.authors = [.init(name: s, url: full ? s : nil)]
        feed.items = full ? [
            .init(id: s, url: s, title: s, summary: s, contentText: s, datePublished: "d", dateModified: "m",
                  authors: [.init(name: s, url: nil), .init(name: "b", url: s)], tags: [s, "t"], image: s, language: "ur"),
            .init(id: "2", url: "u", title: "t", summary: "", contentText: "", datePublished: "d", dateModified: "m",
                  authors: [], tags: nil, image: nil, language: nil),
        ] : []
        return feed
    }

    @Test(arguments: 0..<8 as Range<UInt64>)
    func writesWhatJSONEncoderWrote(_ seed: UInt64) {
        for s in Self.strings(seed) {
            for full in [true, false] {
                let r = report(s, full: full)
                #expect(r.scriptSafeJSON == JSONText.scriptSafe(r), "JSON-LD, \(s.debugDescription), full: \(full)")

                var w = JSONWriter(pretty: true)
                w.array { w in citation(s, full: full).write(to: &w) }
                #expect(w.bytes == [UInt8](JSONText.encode([citation(s, full: full)])), "CSL, \(s.debugDescription), full: \(full)")

                w = JSONWriter(pretty: true)
                feed(s, full: full).write(to: &w)
                #expect(w.bytes == [UInt8](JSONText.encode(feed(s, full: full))), "feed, \(s.debugDescription), full: \(full)")
            }
        }
    }

    /// Every byte below 0x20 has its escape, and the result reads back as the same string.
    @Test func everyControlCharacterRoundTrips() throws {
        for byte in 0..<0x20 {
            let s = String(UnicodeScalar(UInt8(byte)))
            var w = JSONWriter(pretty: false)
            w.array { w in w.string(s) }
            let back = try JSONSerialization.jsonObject(with: Data(w.bytes)) as? [String]
            #expect(back == [s], "byte \(byte): \(String(decoding: w.bytes, as: UTF8.self))")
        }
    }
}
