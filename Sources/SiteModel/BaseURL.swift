import Foundation

/// The rules for a site's base URL (`base_url`, `--base-url`): every absolute URL of the site
/// and the preview's redirects are built on it, so it must be a plain http(s) folder address.
public enum BaseURL {
    /// Why `text` cannot be a base URL, or nil when it can.
    public static func problem(_ text: String) -> String? {
        guard text.hasPrefix("https://") || text.hasPrefix("http://") else {
            return "`base_url` must start with https:// or http://"
        }
        if text.utf8.contains(where: { $0 <= 0x20 || $0 == 0x7F || $0 == UInt8(ascii: "\\") }) {
            return "`base_url` must not contain spaces, control characters or backslashes"
        }
        guard let components = URLComponents(string: text) else { return "`base_url` is not a well-formed URL" }
        guard let host = components.host, !host.isEmpty else { return "`base_url` has no host name" }
        if components.user != nil || components.password != nil {
            return "`base_url` must not carry a user name or password"
        }
        if components.query != nil || components.fragment != nil {
            return "`base_url` must not have a query (`?`) or a fragment (`#`)"
        }
        let segments = components.percentEncodedPath.split(separator: "/", omittingEmptySubsequences: false)
        if segments.contains(where: { $0 == ".." || $0 == "." || $0.lowercased() == "%2e%2e" || $0.lowercased() == "%2e" }) {
            return "`base_url` must not contain `.` or `..` path segments"
        }
        if components.percentEncodedPath.contains("//") { return "`base_url` must not contain an empty path segment (`//`)" }
        return nil
    }
}
