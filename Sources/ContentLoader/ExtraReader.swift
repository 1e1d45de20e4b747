import SiteModel
import Yams

/// YAML nodes into `ExtraValue`s: plain scalars are read as YAML's core schema reads them (true,
/// 12, 1.5, null), quoted ones stay text. Nesting deeper than `maximumDepth`, or more than
/// `maximumNodes` values in one field or file (YAML aliases can repeat a list a billion times in a
/// few lines), is an error, so a hostile file can exhaust neither the stack nor memory.
enum ExtraReader {
    static let maximumDepth = 32
    static let maximumNodes = 100_000

    static func value(_ node: Node, problem: (Node, String) -> Void) -> ExtraValue {
        var budget = maximumNodes
        var reported = false
        return value(node, depth: 0, budget: &budget) { at, message in
            // One message for a runaway tree, not one per node over the limit.
            if message.hasPrefix("holds more") { if reported { return }; reported = true }
            problem(at, message)
        }
    }

    private static func value(_ node: Node, depth: Int, budget: inout Int, problem: (Node, String) -> Void) -> ExtraValue {
        guard depth < maximumDepth else {
            problem(node, "nested more than \(maximumDepth) levels deep")
            return .null
        }
        guard budget > 0 else {
            problem(node, "holds more than \(maximumNodes) values (YAML aliases repeating themselves?)")
            return .null
        }
        budget -= 1
        switch node {
        case .scalar(let scalar):
            if FieldReader.isNull(node, scalar) { return .null }
            guard scalar.style == .plain else { return .string(scalar.string) }
            if let b = FieldReader.boolean(node) { return .bool(b) }
            let text = scalar.string
            if text.first.map({ $0.isNumber || $0 == "-" || $0 == "+" }) == true {
                if let i = Int(text) { return .int(i) }
                if text.contains("."), let d = Double(text), d.isFinite { return .double(d) }
            }
            return .string(text)
        case .sequence(let items):
            var list: [ExtraValue] = []
            for item in items {
                guard budget > 0 else { break }
                list.append(value(item, depth: depth + 1, budget: &budget, problem: problem))
            }
            if budget <= 0 { problem(node, "holds more than \(maximumNodes) values (YAML aliases repeating themselves?)") }
            return .list(list)
        case .mapping(let pairs):
            var map: [String: ExtraValue] = [:]
            for (key, item) in pairs {
                guard let name = key.string else {
                    problem(key, "has a key that is not text")
                    continue
                }
                guard budget > 0 else {
                    problem(node, "holds more than \(maximumNodes) values (YAML aliases repeating themselves?)")
                    break
                }
                map[name] = value(item, depth: depth + 1, budget: &budget, problem: problem)
            }
            return .map(map)
        case .alias:
            return .null
        }
    }
}

extension FieldReader {
    /// `extra:`, a set of values of the site's own for templates, with their YAML types.
    mutating func extra() -> [String: ExtraValue] {
        guard let (node, _) = entry("extra") else { return [:] }
        guard case .mapping = node else {
            wrongType("extra", "a set of `key: value` entries of your own, e.g. `extra: { funder: Ford Foundation }`", at: node)
            return [:]
        }
        var problems: [(Node, String)] = []
        let value = ExtraReader.value(node) { problems.append(($0, $1)) }
        for (at, message) in problems {
            diagnostics.append(.error("wrong-type", "`extra` \(message)", at: location(of: at)))
        }
        if case .map(let map) = value { return map }
        return [:]
    }
}
