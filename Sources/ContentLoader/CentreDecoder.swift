import SiteModel

/// `content/centres/<id>.md` → `Centre`.
enum CentreDecoder {
    static let knownKeys = ["name", "short_name", "extra"]

    /// `inheritedName`: a translation's original's name, used when the translation gives none.
    static func decode(_ bytes: [UInt8], path: String, id: String, inheritedName: String? = nil) -> (Centre?, [Diagnostic]) {
        var diagnostics: [Diagnostic] = []
        guard let file = ContentFile.read(bytes, path: path, what: "a centre", diagnostics: &diagnostics) else {
            return (nil, diagnostics)
        }
        var f = file.fields
        f.checkKeys(known: knownKeys)
        let name = f.string("name", required: inheritedName == nil) ?? inheritedName
        var centre = Centre(id: id, sourcePath: path, name: name ?? "", shortName: f.string("short_name"),
                            body: file.frontMatter.body, bodyStartLine: file.frontMatter.bodyStartLine)
        centre.extra = f.extra()
        diagnostics += f.diagnostics
        return (name == nil ? nil : centre, diagnostics)
    }
}
