import Foundation
import SiteModel

/// One brief's share card to make: from its hero image (with the hero's size, for a `focus:`
/// crop) or from the drawing of a brief without one.
struct ShareCardJob: Sendable {
    enum Source: Sendable {
        case image(URL, size: ImageSize?, focus: FocusPoint?)
        case drawn(svg: String)
    }

    /// The brief's index in the resolved site.
    var index: Int
    /// Output-relative: `briefs/<slug>/share.jpg`.
    var path: String
    /// The brief's file, where a card that cannot be drawn is reported.
    var brief: URL
    var source: Source

    /// Where to cut a `width`×`height` card from an image of `size` scaled to cover it, so that
    /// the focus point is as near the card's centre as the image's edges allow: the scale, and
    /// the left and top of the cut in the scaled image.
    static func crop(_ size: ImageSize, focus: FocusPoint, width: Int = ShareCard.width, height: Int = ShareCard.height)
        -> (scale: Double, left: Int, top: Int) {
        // A little over the exact scale, so the scaled image is never a pixel short of the card
        // however libvips rounds; its size is taken rounded down, so the cut stays inside it.
        let scale = max(Double(width) / Double(max(1, size.width)), Double(height) / Double(max(1, size.height))) * 1.002
        let scaledWidth = max(width, Int((Double(size.width) * scale).rounded(.down)))
        let scaledHeight = max(height, Int((Double(size.height) * scale).rounded(.down)))
        func start(_ centre: Double, _ span: Int, _ total: Int) -> Int {
            min(max(0, Int((centre * Double(total)).rounded()) - span / 2), total - span)
        }
        return (scale, start(focus.x, width, scaledWidth), start(focus.y, height, scaledHeight))
    }
}
