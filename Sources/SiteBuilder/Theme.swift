import Foundation

/// The default theme that ships inside `imprint`: templates and static files a site's own
/// folders override file by file.
enum Theme {
    /// The bundled theme folder, holding `templates/` and `static/`.
    static var directory: URL? {
        Bundle.module.url(forResource: "Theme", withExtension: nil)
    }
}
