import SiteModel
import Yams

/// `data/*.yaml`: tables of the site's own (partners, funders, a glossary) that every template
/// can read as `data.<file>`, with their YAML types kept. `data/people/staff.yaml` is
/// `data.people.staff`. A file that is not YAML is an error at its line.
enum DataFiles {
    static let folder = "data"

    static func load(_ siteFolder: SiteFolder, _ diagnostics: inout [Diagnostic]) -> [String: ExtraValue] {
        var data: [String: ExtraValue] = [:]
        for path in siteFolder.files(under: folder).sorted() {
            guard path.hasSuffix(".yaml") || path.hasSuffix(".yml") else {
                diagnostics.append(.warning("stray-file", "\(path.split(separator: "/").last ?? "") is not a .yaml file and is ignored",
                                            at: SourceLocation(file: path)))
                continue
            }
            guard let bytes = siteFolder.read(path) else { continue }
            let node: Node?
            switch YAMLParser.parseFile(bytes, path: path) {
            case .success(let parsed): node = parsed
            case .failure(let problem):
                diagnostics.append(problem)
                continue
            }
            var value = ExtraValue.null
            if let node {
                let reader = FieldReader(node: nil, path: path, startLine: 1, origin: SourceLocation(file: path, line: 1, column: 1), what: path)
                value = ExtraReader.value(node) { at, message in
                    diagnostics.append(.error("wrong-type", "\(path) \(message)", at: reader.location(of: at)))
                }
            }
            // data/a/b.yaml → data.a.b
            var keys = path.dropFirst(folder.count + 1).split(separator: "/").map(String.init)
            keys[keys.count - 1] = String(keys[keys.count - 1].split(separator: ".").dropLast().joined(separator: "."))
            insert(value, at: keys[...], into: &data)
        }
        return data
    }

    private static func insert(_ value: ExtraValue, at keys: ArraySlice<String>, into data: inout [String: ExtraValue]) {
        guard let first = keys.first else { return }
        if keys.count == 1 {
            data[first] = value
            return
        }
        var inner: [String: ExtraValue] = [:]
        if case .map(let existing) = data[first] { inner = existing }
        insert(value, at: keys.dropFirst(), into: &inner)
        data[first] = .map(inner)
    }
}
