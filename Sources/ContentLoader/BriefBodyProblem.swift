import SiteModel

/// Why a brief's body could not be read again (SiteLoader.briefBody).
public enum BriefBodyProblem: Error, Sendable, Equatable {
    /// The file is now a symbolic link that leads out of the site folder.
    case outside
    /// The file is gone or cannot be read.
    case unreadable
    /// The file changed since it was loaded.
    case changed

    /// The diagnostic for the brief file at `file`: the loader's own for a file it cannot read.
    public func diagnostic(file: String) -> Diagnostic {
        switch self {
        case .outside: return SiteLoader.outsideSite(file)
        case .unreadable: return SiteLoader.unreadable(file)
        case .changed:
            return .error("changed-during-build", "the file changed while the site was being built; build again",
                          at: SourceLocation(file: file))
        }
    }
}
