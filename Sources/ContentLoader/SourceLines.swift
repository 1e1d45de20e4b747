import Foundation
import SiteModel

/// The source lines diagnostics point at, for showing each diagnostic with its line and a
/// caret (the command line and the preview's error overlay). Each file is read once.
public struct SourceLines {
    private let root: URL
    private var files: [String: [Substring]] = [:]

    public init(siteRoot: URL) {
        root = siteRoot
    }

    /// The line at `location` without its line ending; nil when the file cannot be read as UTF-8
    /// (or is over 5 MB), or the line does not exist or is blank.
    public mutating func line(at location: SourceLocation) -> Substring? {
        if files[location.file] == nil {
            let url = root.appendingPathComponent(location.file)
            guard let data = FileManager.default.contents(atPath: url.path), data.count < 5_000_000,
                  let text = String(data: data, encoding: .utf8) else {
                files[location.file] = []
                return nil
            }
            files[location.file] = text.split(separator: "\n", omittingEmptySubsequences: false)
        }
        guard let lines = files[location.file], location.line <= lines.count else { return nil }
        let line = lines[location.line - 1]
        let trimmed = line.hasSuffix("\r") ? line.dropLast() : line
        return trimmed.trimmingCharacters(in: .whitespaces).isEmpty ? nil : trimmed
    }
}
