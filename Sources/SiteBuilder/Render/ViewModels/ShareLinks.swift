import Foundation

/// Plain links that share a brief by e-mail and on the networks readers use, each a web address
/// the network documents for sharing: no script of theirs on the page, nothing that tracks.
enum ShareLinks {
    /// `{label, url, network}` for the brief at absolute `url` with `title`.
    static func links(title: String, url: String, email: String = "E-mail") -> [[String: String]] {
        let t = encoded(title), u = encoded(url)
        return [
            ["network": "email", "label": email, "url": "mailto:?subject=\(t)&body=\(encoded(title + "\n" + url))"],
            ["network": "x", "label": "X", "url": "https://x.com/intent/post?text=\(t)&url=\(u)"],
            ["network": "linkedin", "label": "LinkedIn", "url": "https://www.linkedin.com/sharing/share-offsite/?url=\(u)"],
            ["network": "facebook", "label": "Facebook", "url": "https://www.facebook.com/sharer/sharer.php?u=\(u)"],
            ["network": "whatsapp", "label": "WhatsApp", "url": "https://wa.me/?text=\(encoded(title + " " + url))"],
        ]
    }

    /// A query value: everything but unreserved characters percent-encoded, so no `&`, `=`,
    /// `#`, `+` or space in a title can change what the link says.
    static func encoded(_ text: String) -> String {
        var allowed = CharacterSet.alphanumerics.intersection(CharacterSet(charactersIn: Unicode.Scalar(0)..<Unicode.Scalar(128)))
        allowed.insert(charactersIn: "-._~")
        return text.addingPercentEncoding(withAllowedCharacters: allowed) ?? ""
    }
}
