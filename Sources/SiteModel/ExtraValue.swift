/// A value from `extra:` in front matter or site.yaml, or from a `data/*.yaml` file, with its
/// YAML type kept (a number stays a number, a list a list) for templates to use.
public indirect enum ExtraValue: Sendable, Hashable {
    case string(String)
    case int(Int)
    case double(Double)
    case bool(Bool)
    case list([ExtraValue])
    case map([String: ExtraValue])
    case null
}
