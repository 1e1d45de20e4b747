import Foundation
import SiteModel

/// The numbers Imprint gave briefs of numbered series (site.yaml `types: … numbering:`), kept in
/// `series-numbers.json` at the site root so that a number, once published, never changes: a
/// brief back-dated into a year, or one deleted, moves no other brief's number. The file belongs
/// with the site's sources (commit it); it is written by `imprint build`, never by a preview.
struct SeriesNumbers: Codable, Equatable {
    struct Entry: Codable, Equatable {
        var number: String
        var type: String
        var year: Int
        var n: Int
    }

    static let file = "series-numbers.json"
    var briefs: [String: Entry] = [:]

    static func load(siteRoot: URL) -> SeriesNumbers {
        guard let data = FileManager.default.contents(atPath: siteRoot.appendingPathComponent(file).path),
              var record = try? JSONDecoder().decode(SeriesNumbers.self, from: data) else { return SeriesNumbers() }
        // A number edited out of range by hand is given again rather than counted on from.
        record.briefs = record.briefs.filter { (1...999_999_999).contains($0.value.n) }
        return record
    }

    /// Numbers for the published briefs of numbered series that have none: the recorded one,
    /// else the next free place in their series and year, in date order.
    func assign(_ briefs: [Brief], types: [BriefType], typeID: (Brief) -> String?) -> SeriesNumbers {
        var result = self
        let byID = Dictionary(types.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        var highest: [String: Int] = [:]   // "type year" (or "type" when numbers run on across years) → highest n taken
        func key(_ type: String, _ year: Int) -> String {
            byID[type]?.numbering?.restartsEachYear == false ? type : "\(type) \(year)"
        }
        func take(_ type: String, _ year: Int, _ n: Int) { highest[key(type, year)] = max(highest[key(type, year)] ?? 0, n) }
        for entry in self.briefs.values { take(entry.type, entry.year, entry.n) }
        for brief in briefs {
            guard let id = typeID(brief), let numbering = byID[id]?.numbering, let number = brief.number,
                  let n = numbering.n(of: number, year: brief.date.year) else { continue }
            take(id, brief.date.year, n)
        }
        for brief in briefs.sorted(by: { ($0.date, $0.slug) < ($1.date, $1.slug) }) where brief.number == nil {
            guard let id = typeID(brief), let numbering = byID[id]?.numbering, self.briefs[brief.slug] == nil else { continue }
            let year = brief.date.year
            let n = (highest[key(id, year)] ?? 0) + 1
            highest[key(id, year)] = n
            result.briefs[brief.slug] = Entry(number: numbering.format(year: year, n: n), type: id, year: year, n: n)
        }
        return result
    }

    /// Written whole and renamed into place, keys sorted, so the file diffs well in review.
    func save(siteRoot: URL) throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
        var data = try encoder.encode(self)
        data.append(0x0A)
        try AtomicFile.write(data, to: siteRoot.appendingPathComponent(Self.file))
    }
}
