/// Link destinations that must never reach a page: they run script or read local files.
enum LinkSafety {
    static func isDangerous(_ url: String) -> Bool {
        // Browsers ignore whitespace and control characters inside the scheme. The longest
        // prefix compared is 14 ASCII bytes, so the first 16 bytes other than those decide.
        var prefix: [UInt8] = []
        prefix.reserveCapacity(16)
        for byte in url.utf8 where byte > 0x20 {
            prefix.append(byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte)
            if prefix.count == 16 { break }
        }
        func starts(_ s: String) -> Bool { prefix.starts(with: s.utf8) }
        for bad in ["javascript:", "vbscript:", "file:"] where starts(bad) { return true }
        if starts("data:") {
            let allowed = ["data:image/png", "data:image/gif", "data:image/jpeg", "data:image/webp"]
            return !allowed.contains { starts($0) }
        }
        return false
    }
}
