import MarkdownRender

/// What `imprint --version` prints: the program's version and the cmark-gfm it was linked with
/// (statically in a release build, so it is the one that renders, whatever the system has).
enum ImprintVersion {
    static let number = "0.2.0"

    static var text: String { "imprint \(number) (cmark-gfm \(MarkdownRenderer.libraryVersion))" }
}
