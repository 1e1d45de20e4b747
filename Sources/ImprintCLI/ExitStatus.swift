/// The exit codes of every command: 0 success, 1 content errors, 2 usage errors.
enum ExitStatus {
    static let success: Int32 = 0
    static let contentErrors: Int32 = 1
    static let usage: Int32 = 2
}
