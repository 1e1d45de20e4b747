/// What `weasyprint --version` and `--help` said about one executable, remembered until the
/// executable changes: asking costs a Python start-up (about a second), which an unchanged
/// rebuild should not pay.
struct ToolRecord: Codable, Sendable, Equatable {
    var fingerprint: String
    var version: String
    var supportsPDFUA: Bool
}
