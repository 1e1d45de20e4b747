/// What the pages and files showing a brief need of it, made once per build by
/// `PagePlanner.makeShared` rather than on each of the dozen pages (and three citation files)
/// that show it: its card model, with the rendered `card_html`, and its citation record.
/// Unchecked: the card dictionaries hold only values (strings, numbers, nested dictionaries and
/// arrays, TemplateNull), are built before rendering starts and never mutated while pages render.
struct SharedBriefModels: @unchecked Sendable {
    var cards: [[String: Any]] = []
    var records: [CitationRecord] = []
}
