import SiteModel
import Yams

/// YAML nodes into `ExtraValue`s: plain scalars are read as YAML's core schema reads them (true,
/// 12, 1.5, null), quoted ones stay text. Nesting deeper than `maximumDepth`, or more than
/// `maximumNodes` values in one field or file (YAML aliases can repeat a list a billion times in a
/// few lines), is an error, so a hostile file can exhaust neither the stack nor memory.
enum ExtraReader {
    static let maximumDepth = 32
    static let maximumNodes = 100_000

    /// Values still allowed in this walk; once they run out, that is said once and the rest skipped.
    private struct Budget {
        var left = ExtraReader.maximumNodes
        var exhausted = false
    }

    static func value(_ node: Node, problem: (Node, String) -> Void) -> ExtraValue {
        var budget = Budget()
        return value(node, depth: 0, &budget, problem)
    }

    private static func value(_ node: Node, depth: Int, _ budget: inout Budget, _ problem: (Node, String) -> Void) -> ExtraValue {
        guard depth < maximumDepth else {
            problem(node, "nested more than \(maximumDepth) levels deep")
            return .null
        }
        guard budget.left > 0 else {
            if !budget.exhausted { problem(node, "holds more than \(maximumNodes) values (YAML aliases repeating themselves?)") }
            budget.exhausted = true
            return .null
        }
        budget.left -= 1
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
            for item in items where !budget.exhausted {
                list.append(value(item, depth: depth + 1, &budget, problem))
            }
            return .list(list)
        case .mapping(let pairs):
            var map: [String: ExtraValue] = [:]
            for (key, item) in pairs where !budget.exhausted {
                guard let name = key.string else {
                    problem(key, "has a key that is not text")
                    continue
                }
                map[name] = value(item, depth: depth + 1, &budget, problem)
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
