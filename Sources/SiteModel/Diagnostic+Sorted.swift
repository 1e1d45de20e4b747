extension Array where Element == Diagnostic {
    /// Sorted by file, line and column, duplicates removed: the order they are printed in.
    public var sortedUnique: [Diagnostic] { Array(Set(self)).sorted() }
}

extension Diagnostic {
    /// The same problem found in a draft that is not being built: a warning, so work in progress
    /// never blocks a release (`--drafts` makes it an error again).
    public var inUnbuiltDraft: Diagnostic {
        var d = self
        d.severity = .warning
        d.message += " (in a draft, which is not built)"
        return d
    }
}
