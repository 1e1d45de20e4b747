/// The citation files written beside each brief; the raw value is the file extension.
enum CitationFormat: String, Sendable, CaseIterable {
    case bib
    case ris
    case json

    var mediaType: String {
        switch self {
        case .bib: return "application/x-bibtex"
        case .ris: return "application/x-research-info-systems"
        case .json: return "application/vnd.citationstyles.csl+json"
        }
    }
}
