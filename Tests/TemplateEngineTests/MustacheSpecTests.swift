import Foundation
import Testing
import TemplateEngine

/// Every test of the official Mustache specification's required modules and of `~inheritance`.
/// The cases are read from `../shared/mustache-spec/` beside the repository when it is there
/// (`IMPRINT_MUSTACHE_SPEC` names another folder), otherwise from the copy in
/// `Tests/Fixtures/mustache-spec/`, which must then match it file for file.
@Suite struct MustacheSpecTests {
    static let modules = ["comments", "delimiters", "interpolation", "inverted", "partials", "sections", "~inheritance"]

    static let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let vendored = packageRoot.appendingPathComponent("Tests/Fixtures/mustache-spec")
    static var shared: URL? {
        let candidates = [ProcessInfo.processInfo.environment["IMPRINT_MUSTACHE_SPEC"].map { URL(fileURLWithPath: $0) },
                          packageRoot.deletingLastPathComponent().appendingPathComponent("shared/mustache-spec")]
        return candidates.compactMap { $0 }.first { FileManager.default.fileExists(atPath: $0.appendingPathComponent("sections.json").path) }
    }
    static var folder: URL { shared ?? vendored }

    struct Case: Decodable {
        var name: String
        var desc: String
        var data: JSONValue
        var template: String
        var partials: [String: String]?
        var expected: String
    }

    struct Module: Decodable { var tests: [Case] }

    @Test(arguments: modules)
    func module(_ name: String) throws {
        let data = try Data(contentsOf: Self.folder.appendingPathComponent(name + ".json"))
        let module = try JSONDecoder().decode(Module.self, from: data)
        #expect(module.tests.count > 0)
        for test in module.tests {
            var library = TemplateLibrary()
            do {
                library.register(try Template(test.template), named: "test")
                for (partial, text) in test.partials ?? [:] { library.register(try Template(text), named: partial) }
            } catch {
                Issue.record("\(name) – \(test.name): \(error)")
                continue
            }
            let rendered = try? library.render("test", test.data.value ?? [String: Any]())
            #expect(rendered == test.expected, "\(name) – \(test.name): \(test.desc)\ntemplate: \(test.template.debugDescription)")
        }
    }

    /// The copy in the repository is the specification's own text.
    @Test func vendoredCopyMatchesTheSharedSpecification() throws {
        guard let shared = Self.shared else { return }
        for name in Self.modules {
            let file = name + ".json"
            #expect(try Data(contentsOf: shared.appendingPathComponent(file)) == Data(contentsOf: Self.vendored.appendingPathComponent(file)), "\(file)")
        }
    }
}

/// JSON as the plain Swift values a model holds: String, Int, Double, Bool, arrays, dictionaries; a null member is `TemplateNull`.
enum JSONValue: Decodable {
    case string(String), int(Int), double(Double), bool(Bool), array([JSONValue]), object([String: JSONValue]), null

    init(from decoder: Decoder) throws {
        let container = try decoder.singleValueContainer()
        if container.decodeNil() { self = .null }
        else if let bool = try? container.decode(Bool.self) { self = .bool(bool) }
        else if let int = try? container.decode(Int.self) { self = .int(int) }
        else if let double = try? container.decode(Double.self) { self = .double(double) }
        else if let string = try? container.decode(String.self) { self = .string(string) }
        else if let array = try? container.decode([JSONValue].self) { self = .array(array) }
        else { self = .object(try container.decode([String: JSONValue].self)) }
    }

    var value: Any? {
        switch self {
        case .string(let s): return s
        case .int(let i): return i
        case .double(let d): return d
        case .bool(let b): return b
        case .array(let a): return a.compactMap { $0.value }
        case .object(let o): return o.mapValues { $0.value ?? TemplateNull() }
        case .null: return nil
        }
    }
}
