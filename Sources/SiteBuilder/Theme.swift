import Foundation

/// The default theme that ships inside `imprint`: templates and static files a site's own
/// folders override file by file.
enum Theme {
    /// The theme folder, holding `templates/` and `static/`: the program's embedded theme,
    /// unpacked once per theme version (`EmbeddedTheme`). Nil only when no cache folder can be
    /// written at all.
    static let directory: URL? = EmbeddedTheme.unpacked()
}
