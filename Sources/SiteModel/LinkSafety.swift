/// Link destinations that must never reach a page: they run script or read local files. One
/// check for every URL from any input: Markdown bodies, site.yaml's `nav`, people's `links`.
public enum LinkSafety {
    /// True for `javascript:`, `vbscript:`, `file:` and `data:` other than raster images.
    public static func isDangerous(_ url: String) -> Bool {
        let prefix = schemePrefix(url)
        func starts(_ s: String) -> Bool { prefix.starts(with: s.utf8) }
        for bad in ["javascript:", "vbscript:", "file:"] where starts(bad) { return true }
        if starts("data:") {
            let allowed = ["data:image/png", "data:image/gif", "data:image/jpeg", "data:image/webp"]
            return !allowed.contains { starts($0) }
        }
        return false
    }

    /// For a link a reader follows (not an image a page shows): also refuses every `data:` URL,
    /// which browsers open as a page of its own.
    public static func isDangerousLink(_ url: String) -> Bool {
        isDangerous(url) || schemePrefix(url).starts(with: "data:".utf8)
    }

    /// The first 16 bytes that are not whitespace or control characters, lowercased: browsers
    /// ignore those inside the scheme, and the longest prefix compared is 14 bytes.
    private static func schemePrefix(_ url: String) -> [UInt8] {
        var prefix: [UInt8] = []
        prefix.reserveCapacity(16)
        for byte in url.utf8 where byte > 0x20 {
            prefix.append(byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte)
            if prefix.count == 16 { break }
        }
        return prefix
    }
}
