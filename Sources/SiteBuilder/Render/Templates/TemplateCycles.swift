import TemplateEngine

/// Templates that include one another in a loop with no section around any of the tags: such a
/// loop never ends, whatever the data, so it is a theme error found when the templates load.
/// (A loop through a section can be ended by its data, a tree of nested items say; the engine
/// stops that one at its depth limit while rendering.)
struct TemplateCycles {
    struct Step {
        var template: String
        var reference: TemplateReference
    }

    struct Cycle {
        var steps: [Step]

        var message: String {
            let names = steps.map(\.template) + [steps[0].template]
            let path = names.map { "`\($0)`" }.joined(separator: " → ")
            return steps.count == 1
                ? "`\(steps[0].template)` includes itself outside any section, so it never ends"
                : "templates include one another outside any section, so they never end: \(path)"
        }
    }

    /// Each loop once, from the first template (in name order) that reaches it.
    static func find(in library: TemplateLibrary) -> [Cycle] {
        var cycles: [Cycle] = []
        var done: Set<String> = []
        var path: [Step] = []
        var onPath: [String: Int] = [:]

        func visit(_ name: String) {
            guard let template = library[name] else { return }
            onPath[name] = path.count
            for reference in template.references where !reference.isConditional {
                let step = Step(template: name, reference: reference)
                if let start = onPath[reference.name] {
                    cycles.append(Cycle(steps: Array(path[start...]) + [step]))
                } else if !done.contains(reference.name) {
                    path.append(step)
                    visit(reference.name)
                    path.removeLast()
                }
            }
            onPath[name] = nil
            done.insert(name)
        }

        for name in library.templates.keys.sorted() where !done.contains(name) { visit(name) }
        return cycles
    }
}
