import Testing
@testable import SiteBuilder

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
        #expect(ImageVariants.path("briefs/x/hero.png", width: 480) == "briefs/x/hero.480w.webp")
        #expect(ImageVariants.path("briefs/x.y/hero", width: 800) == "briefs/x.y/hero.800w.webp")
        #expect(ImageVariants.srcset(src: "../img/a.b.jpg", widths: [480], size: ImageSize(width: 900, height: 600))
                == "../img/a.b.480w.webp 480w, ../img/a.b.jpg 900w")
    }
}
