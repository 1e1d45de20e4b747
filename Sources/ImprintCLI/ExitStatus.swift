/// DESIGN §3 exit codes.
enum ExitStatus {
    static let success: Int32 = 0
    static let contentErrors: Int32 = 1
    static let usage: Int32 = 2
}
