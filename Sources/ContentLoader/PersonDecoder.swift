import SiteModel
import Yams

/// `content/people/<id>.md` → `Person`.
public enum PersonDecoder {
    static let knownKeys = ["name", "family_name", "given_name", "role", "centre", "photo", "email", "orcid", "links", "extra"]

    /// `inheritedName`: a translation's original's name, used when the translation gives none.
    public static func decode(_ bytes: [UInt8], path: String, id: String, inheritedName: String? = nil) -> (Person?, [Diagnostic]) {
        var diagnostics: [Diagnostic] = []
        guard let file = ContentFile.read(bytes, path: path, what: "a person", diagnostics: &diagnostics) else {
            return (nil, diagnostics)
        }
        var f = file.fields
        f.checkKeys(known: knownKeys)
        let name = f.string("name", required: inheritedName == nil) ?? inheritedName
        let orcid = f.located("orcid")
        if let orcid, !isORCID(orcid.value) {
            f.diagnostics.append(.warning("invalid-orcid",
                "`orcid` should look like 0000-0002-1825-0097", at: orcid.location))
        }
        let links = f.links("links")
        var person = Person(
            id: id, sourcePath: path, name: name ?? "",
            familyName: f.string("family_name"), givenName: f.string("given_name"), role: f.string("role"), centre: f.located("centre"),
            photo: f.located("photo"), email: f.string("email"), orcid: orcid?.value, links: links,
            body: file.frontMatter.body, bodyStartLine: file.frontMatter.bodyStartLine)
        person.extra = f.extra()
        diagnostics += f.diagnostics
        return (name == nil ? nil : person, diagnostics)
    }

    static func isORCID(_ s: String) -> Bool {
        let parts = s.split(separator: "-")
        return parts.count == 4 && parts.allSatisfy { $0.count == 4 }
            && parts.dropLast().allSatisfy { $0.allSatisfy(\.isNumber) }
            && parts.last!.allSatisfy { $0.isNumber || $0 == "X" }
    }
}
