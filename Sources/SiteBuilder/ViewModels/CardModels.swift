/// The card model of every brief, with its rendered `card_html`, kept for one build.
/// Unchecked: the dictionaries hold only values (strings, numbers, nested dictionaries and
/// arrays, NSNull), are built before rendering starts and never mutated while pages render.
struct CardModels: @unchecked Sendable {
    var models: [[String: Any]] = []
}
