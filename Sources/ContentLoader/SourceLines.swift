import Foundation
import SiteModel

/// The source lines diagnostics point at, for showing each diagnostic with its line and a
/// caret (the command line and the preview's error overlay). Each file is read once.
public struct SourceLines {
    private let folder: SiteFolder
    private var files: [String: [Substring]] = [:]

    public init(siteRoot: URL) {
        folder = SiteFolder(root: siteRoot)
    }

    /// The line at `location` without its line ending; nil when the file cannot be read as UTF-8
    /// (or is over 5 MB), or the line does not exist or is blank. A file Imprint refuses to read
    /// (a symbolic link out of the site, anything but a regular file) is never quoted.
    public mutating func line(at location: SourceLocation) -> Substring? {
        if files[location.file] == nil {
            let relative = location.file
            guard !relative.hasPrefix("/"), !relative.split(separator: "/").contains(".."),
                  folder.staysInside(relative), let bytes = folder.read(relative), bytes.count < 5_000_000,
                  let text = String(validating: bytes, as: UTF8.self) else {
                files[location.file] = []
                return nil
            }
            // "\r\n" is one Character in Swift, so splitting on "\n" alone keeps CRLF files whole.
            files[location.file] = text.split(omittingEmptySubsequences: false) { $0 == "\n" || $0 == "\r\n" }
        }
        guard let lines = files[location.file], location.line <= lines.count else { return nil }
        let line = lines[location.line - 1]
        let trimmed = line.hasSuffix("\r") ? line.dropLast() : line
        return trimmed.trimmingCharacters(in: .whitespaces).isEmpty ? nil : trimmed
    }
}
