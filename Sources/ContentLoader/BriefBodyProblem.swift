/// Why a brief's body could not be read again (SiteLoader.briefBody).
public enum BriefBodyProblem: Error, Sendable, Equatable {
    /// The file is now a symbolic link that leads out of the site folder.
    case outside
    /// The file is gone or cannot be read.
    case unreadable
    /// The file changed since it was loaded.
    case changed
}
