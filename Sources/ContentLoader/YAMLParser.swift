import SiteModel
import Yams

/// Parses YAML with Yams and turns its errors into diagnostics at the right file line.
enum YAMLParser {
    /// A whole YAML file (site.yaml, data/*.yaml): its text checked as SourceText checks it, then parsed.
    static func parseFile(_ bytes: [UInt8], path: String) -> Result<Node?, Diagnostic> {
        SourceText.decode(bytes, path: path).flatMap { parse($0.text, path: path, startLine: 1) }
    }

    /// - Parameter startLine: the file line of the YAML's first line.
    static func parse(_ yaml: String, path: String, startLine: Int) -> Result<Node?, Diagnostic> {
        do {
            // UTF-8 named, not `.default`: that reads the environment on every call.
            return .success(try Yams.compose(yaml: yaml, resolver, .default, .utf8))
        } catch let error as YamlError {
            return .failure(diagnostic(for: error, path: path, startLine: startLine))
        } catch {
            return .failure(.error("yaml-syntax", "YAML could not be read: \(error)",
                                   at: SourceLocation(file: path, line: startLine)))
        }
    }

    /// No implicit tag rules: Yams resolves every mapping key's tag against each rule's regular
    /// expression to check for duplicate keys (two keys are the same when text and tag are), which
    /// was a twentieth of loading. Front matter never needs a tag: FieldReader tells booleans,
    /// whole numbers and nulls by their spelling, as YAML's rules would.
    static let resolver = Resolver.basic

    static func diagnostic(for error: YamlError, path: String, startLine: Int) -> Diagnostic {
        func at(_ mark: Mark) -> SourceLocation {
            SourceLocation(file: path, line: mark.line + startLine - 1, column: mark.column)
        }
        switch error {
        case let .scanner(context, problem, mark, yaml), let .parser(context, problem, mark, yaml),
             let .composer(context, problem, mark, yaml):
            var message = "YAML syntax error: \(problem)"
            if let context { message += " (\(context.text) on line \(context.mark.line + startLine - 1))" }
            // At the end of the block libYAML points past the last line (at the closing `---`);
            // the construct it was reading, such as an unclosed `[`, is the better place.
            let lineCount = yaml.split(separator: "\n", omittingEmptySubsequences: false).count
            let place = mark.line > lineCount ? (context?.mark ?? mark) : mark
            return .error("yaml-syntax", message, at: at(place))
        case let .duplicatedKeysInMapping(duplicates, context):
            let keys = duplicates.map { "`\($0)`" }.joined(separator: ", ")
            return .error("duplicate-key", "key \(keys) appears more than once", at: at(context.mark))
        case let .reader(problem, _, _, _):
            return .error("yaml-syntax", "YAML could not be read: \(problem)", at: SourceLocation(file: path, line: startLine))
        default:
            return .error("yaml-syntax", "YAML could not be read: \(error)", at: SourceLocation(file: path, line: startLine))
        }
    }
}
