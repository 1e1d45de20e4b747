import SiteModel

/// The date spellings each output format wants. Front-matter dates have no time or zone;
/// feeds need a timestamp, so a date stands for midnight UTC.
extension SimpleDate {
    /// RFC 3339 for Atom and JSON Feed: `2025-06-17T00:00:00Z`.
    var rfc3339: String { iso + "T00:00:00Z" }
    /// Highwire Press (Google Scholar): `2025/06/17`.
    var highwire: String { iso.replacingOccurrences(of: "-", with: "/") }
}
