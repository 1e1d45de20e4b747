/// The one way a number read from input (a YAML value, an image header) becomes an `Int` used
/// in arithmetic: out of range, not finite or not whole gives nil, never a trap.
public enum CheckedNumber {
    /// `value` rounded, when it is finite and the result lies in `range`.
    public static func int(_ value: Double, in range: ClosedRange<Int>) -> Int? {
        guard value.isFinite, value.magnitude < 9.0e18 else { return nil }
        let rounded = value.rounded()
        guard rounded >= Double(range.lowerBound), rounded <= Double(range.upperBound) else { return nil }
        return Int(rounded)
    }

    /// The largest side, in pixels, of an image Imprint measures: larger is a malformed header.
    public static let maxImageSide = 1_000_000
}
