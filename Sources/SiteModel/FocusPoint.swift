/// Where in an image its subject is, as fractions of its width and height from the top left:
/// a hero's `focus:`, which the share card is cropped around. Written as two percentages
/// (`focus: 30% 60%`) or a word: `centre`, `top`, `bottom`, `left`, `right`, or two of them
/// (`top left`).
public struct FocusPoint: Sendable, Hashable {
    public var x: Double
    public var y: Double

    public init?(_ text: String) {
        let words = text.lowercased().split(separator: " ").map(String.init)
        guard (1...2).contains(words.count) else { return nil }
        let percents = words.compactMap(Self.percent)
        if percents.count == 2, words.count == 2 {
            (x, y) = (percents[0], percents[1])
            return
        }
        guard percents.isEmpty else { return nil }
        var x = 0.5, y = 0.5, setX = false, setY = false
        for word in words {
            switch word {
            case "centre", "center": continue
            case "left", "right":
                guard !setX else { return nil }
                (x, setX) = (word == "left" ? 0 : 1, true)
            case "top", "bottom":
                guard !setY else { return nil }
                (y, setY) = (word == "top" ? 0 : 1, true)
            default: return nil
            }
        }
        (self.x, self.y) = (x, y)
    }

    /// `30%` → 0.3; nil for anything but a percentage from 0 to 100.
    private static func percent(_ word: String) -> Double? {
        guard word.hasSuffix("%"), let value = Double(word.dropLast()), value.isFinite, (0...100).contains(value) else { return nil }
        return value / 100
    }
}
