import Testing
@testable import SiteBuilder
import SiteModel

/// Which smaller copies an image gets, and how they are named and offered.
@Suite struct ImageVariantsTests {
    @Test func onlyRasterImagesWiderThanACopyGetCopies() {
        #expect(ImageVariants.widths(for: "a/photo.PNG", size: ImageSize(width: 2400, height: 1600)) == [480, 800, 1200, 1600])
        #expect(ImageVariants.widths(for: "a/photo.jpg", size: ImageSize(width: 1000, height: 700)) == [480, 800])
        #expect(ImageVariants.widths(for: "a/photo.jpeg", size: ImageSize(width: 480, height: 300)) == [], "never as wide as the original")
        #expect(ImageVariants.widths(for: "a/chart.svg", size: ImageSize(width: 2400, height: 1600)) == [])
        #expect(ImageVariants.widths(for: "a/anim.gif", size: ImageSize(width: 2400, height: 1600)) == [], "a GIF may move")
        #expect(ImageVariants.widths(for: "a.png/noext", size: ImageSize(width: 2400, height: 1600)) == [])
    }

    @Test func copiesSitBesideTheOriginal() {
        #expect(ImageVariants.path("briefs/x/hero.png", width: 480) == "briefs/x/hero.png.480w.webp")
        #expect(ImageVariants.path("briefs/x/hero.jpg", width: 480) != ImageVariants.path("briefs/x/hero.png", width: 480),
                "two originals never share a copy")
        #expect(ImageVariants.srcset(src: "../img/a.b.jpg", widths: [480], size: ImageSize(width: 900, height: 600))
                == "../img/a.b.jpg.480w.webp 480w, ../img/a.b.jpg 900w")
    }
}

/// The share card's drawing and its crop around a focus point.
@Suite struct ShareCardTests {
    @Test func titlesWrapAndLongOnesShrinkThenStop() {
        #expect(ShareCard.titleLines("Gas Prices") == (60, ["Gas Prices"]))
        let long = String(repeating: "Reform of the electricity distribution sector ", count: 4)
        let (size, lines) = ShareCard.titleLines(long)
        #expect(size == 48 && lines.count == 4 && lines[3].hasSuffix("…"))
        #expect(lines.allSatisfy { $0.count <= 38 })
        #expect(ShareCard.wrap("Supercalifragilisticexpialidocious", columns: 10) == ["Supercalif", "ragilistic", "expialidoc", "ious"])
    }

    @Test func theDrawingEscapesWhatItShows() {
        let svg = ShareCard.drawn(title: "Gas </text><script>", kicker: "Issue Brief · 1 May 2025",
                                  organisation: "A & B \"Institute\"", logo: nil)
        #expect(!svg.contains("<script>"))
        #expect(svg.contains("Gas &lt;/text&gt;&lt;script&gt;"))
        #expect(svg.contains("A &amp; B &quot;Institute&quot;"))
        #expect(svg.contains("ISSUE BRIEF · 1 MAY 2025"))
    }

    @Test func theCropKeepsTheFocusInsideTheImage() throws {
        let size = ImageSize(width: 2400, height: 1600)
        let centre = ShareCardJob.crop(size, focus: try #require(FocusPoint("centre")))
        #expect(abs(centre.scale - 0.5 * 1.002) < 1e-9)
        #expect(centre.left <= 1, "a scale a little over the exact one leaves a pixel or two")
        #expect(centre.top > 0 && centre.top + 630 <= Int(1600 * centre.scale))
        let bottom = ShareCardJob.crop(size, focus: try #require(FocusPoint("bottom")))
        #expect(bottom.top + 630 <= Int(1600 * bottom.scale) && bottom.top > centre.top)
        let tall = ShareCardJob.crop(ImageSize(width: 600, height: 3000), focus: try #require(FocusPoint("30% 0%")))
        #expect(tall.left == 0 && tall.top == 0)
        #expect(FocusPoint("top left") == FocusPoint("0% 0%"))
        #expect(FocusPoint("left right") == nil && FocusPoint("120% 5%") == nil && FocusPoint("middle") == nil)
    }
}
