/// Word's tracked changes (accepted on import) and comments (listed by the command, never lost).
struct ReviewLog: Equatable {
    struct Comment: Equatable {
        var line: Int
        var author: String
        var date: String
        var text: String
    }

    var insertions = 0
    var deletions = 0
    var authors: Set<String> = []
    /// Body lines holding an accepted change.
    var changedLines: Set<Int> = []
    var comments: [Comment] = []
}
