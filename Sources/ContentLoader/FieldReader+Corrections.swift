import SiteModel
import Yams

extension FieldReader {
    /// `corrections:`, a list of `{ date, text }`, each checked where it is written.
    mutating func corrections() -> [Correction] {
        guard let (node, _) = entry("corrections") else { return [] }
        let shape = "a list of `{ date: YYYY-MM-DD, text: \"…\" }` entries"
        guard case .sequence(let items) = node else {
            wrongType("corrections", shape, at: node)
            return []
        }
        var corrections: [Correction] = []
        for item in items {
            let at = location(of: item)
            guard var entry = nested(in: item, origin: at, what: "a correction") else {
                wrongType("corrections", shape, at: item)
                continue
            }
            entry.checkKeys(known: ["date", "text"])
            let date = entry.date("date", required: true)
            let text = entry.string("text", required: true)
            diagnostics += entry.diagnostics
            if let date, let text { corrections.append(Correction(date: date, text: text, location: at)) }
        }
        return corrections.sorted { $0.date < $1.date }
    }
}
