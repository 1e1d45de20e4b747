import SiteModel

/// Decodes one brief file on its own, without a site folder: for tools that check a single
/// file and for the fuzz target.
public enum BriefFile {
    public static func decode(_ bytes: [UInt8], path: String, slug: String) -> (brief: Brief?, diagnostics: [Diagnostic]) {
        let (brief, _, diagnostics) = BriefDecoder.decode(bytes, path: path, defaultSlug: slug, bundleDirectory: nil)
        return (brief, diagnostics)
    }
}
