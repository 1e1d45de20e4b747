import SiteModel
import Yams

/// A content file read up to its parsed front matter: the shared first steps of every decoder.
struct ContentFile {
    let path: String
    let frontMatter: FrontMatter
    var fields: FieldReader

    /// Nil (with diagnostics) when the file cannot be read as text with front matter.
    static func read(_ bytes: [UInt8], path: String, what: String,
                     diagnostics: inout [Diagnostic]) -> ContentFile? {
        let source: SourceText
        switch SourceText.decode(bytes, path: path) {
        case .success(let s): source = s
        case .failure(let d): diagnostics.append(d); return nil
        }
        let frontMatter: FrontMatter
        switch FrontMatter.split(source) {
        case .success(let f): frontMatter = f
        case .failure(let d): diagnostics.append(d); return nil
        }
        let node: Node?
        switch YAMLParser.parse(frontMatter.yaml, path: path, startLine: frontMatter.yamlStartLine) {
        case .success(let n): node = n
        case .failure(let d): diagnostics.append(d); return nil
        }
        let fields = FieldReader(node: node, path: path, startLine: frontMatter.yamlStartLine,
                                 origin: SourceLocation(file: path, line: 1, column: 1), what: "the front matter of \(what)")
        return ContentFile(path: path, frontMatter: frontMatter, fields: fields)
    }
}
