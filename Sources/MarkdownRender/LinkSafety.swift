/// Link destinations that must never reach a page: they run script or read local files.
enum LinkSafety {
    static func isDangerous(_ url: String) -> Bool {
        // Browsers ignore whitespace and control characters inside the scheme.
        let scheme = String(url.unicodeScalars.filter { $0.value > 0x20 }.prefix(16)).lowercased()
        for bad in ["javascript:", "vbscript:", "file:"] where scheme.hasPrefix(bad) { return true }
        if scheme.hasPrefix("data:") {
            let allowed = ["data:image/png", "data:image/gif", "data:image/jpeg", "data:image/webp"]
            return !allowed.contains { scheme.hasPrefix($0) }
        }
        return false
    }
}
