/// The direction a run of text reads in, told by its first strong character as the Unicode
/// bidirectional algorithm does (`dir="auto"`), for renderers that cannot: WeasyPrint ignores
/// `dir="auto"` and `unicode-bidi`, and reverses an English note's italics on a right-to-left page.
public enum TextDirection {
    /// The direction of the first letter outside tags and entities, nil when there is none.
    public static func firstStrong(inHTML html: String) -> Language.Direction? {
        var inTag = false, inEntity = false
        for scalar in html.unicodeScalars {
            switch scalar {
            case "<": inTag = true
            case ">": inTag = false
            case "&" where !inTag: inEntity = true
            case ";" where inEntity: inEntity = false
            default:
                guard !inTag, !inEntity else { continue }
                if isRightToLeft(scalar) { return .rtl }
                if scalar.properties.isAlphabetic { return .ltr }
            }
        }
        return nil
    }

    /// Hebrew, Arabic, Syriac, Thaana, N'Ko and their presentation forms.
    static func isRightToLeft(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x0590...0x08FF, 0xFB1D...0xFDFF, 0xFE70...0xFEFF, 0x10800...0x10FFF, 0x1E800...0x1EFFF: return true
        default: return false
        }
    }
}
