import Foundation
import Testing

/// Smaller copies of raster images (issue 22): WebP at 480, 800, 1200 and 1600 pixels made by
/// libvips, offered through `srcset`, cached in `.imprint-cache/images/` so a rebuild makes
/// none, and left out (each image offered as it is) when libvips is not installed.
@Suite(.serialized) struct ImageVariantTests {
    static let vips = ["/usr/bin/vips", "/usr/local/bin/vips"].first { FileManager.default.isExecutableFile(atPath: $0) }

    /// Runs libvips' `vips` to make a test image (`gaussnoise out.png 2400 1600`).
    static func runVips(_ arguments: [String]) throws {
        let make = Process()
        make.executableURL = URL(fileURLWithPath: try #require(vips))
        make.arguments = arguments
        try make.run()
        make.waitUntilExit()
        #expect(make.terminationStatus == 0, "vips \(arguments.joined(separator: " "))")
    }

    /// A site whose bundle brief has a 2400×1600 PNG hero and the same image in its body.
    func site() throws -> (site: URL, out: URL) {
        let site = try ImprintBinary.copyFixture("golden-site/input")
        let bundle = site.appendingPathComponent("content/briefs/grid-reform")
        try Self.runVips(["gaussnoise", bundle.appendingPathComponent("photo.png").path, "2400", "1600"])
        let index = bundle.appendingPathComponent("index.md")
        var text = try String(contentsOf: index, encoding: .utf8)
        text = text.replacingOccurrences(of: "image: { src: chart.svg, alt: \"Losses by year\", credit: \"Golden Institute analysis\" }",
                                         with: "image: { src: photo.png, alt: \"Substation at dusk\" }")
        text += "\n![Load by hour](photo.png)\n"
        try Data(text.utf8).write(to: index)
        return (site, site.deletingLastPathComponent().appendingPathComponent("public"))
    }

    /// Width and height from a WebP file's VP8/VP8L/VP8X header.
    func webpSize(_ url: URL) throws -> (Int, Int) {
        let b = [UInt8](try Data(contentsOf: url))
        #expect(b.count > 30 && String(decoding: b[0..<4], as: UTF8.self) == "RIFF" && String(decoding: b[8..<12], as: UTF8.self) == "WEBP")
        switch String(decoding: b[12..<16], as: UTF8.self) {
        case "VP8 ": return (Int(b[26]) | Int(b[27] & 0x3f) << 8, Int(b[28]) | Int(b[29] & 0x3f) << 8)
        case "VP8L":
            let bits = UInt32(b[21]) | UInt32(b[22]) << 8 | UInt32(b[23]) << 16 | UInt32(b[24]) << 24
            return (Int(bits & 0x3fff) + 1, Int((bits >> 14) & 0x3fff) + 1)
        default:
            return (1 + (Int(b[24]) | Int(b[25]) << 8 | Int(b[26]) << 16), 1 + (Int(b[27]) | Int(b[28]) << 8 | Int(b[29]) << 16))
        }
    }

    /// A translation (DESIGN §7) shows its bundle's image relative to its own page: the copies
    /// its `srcset` names are beside that page too, and its hero's are the root's.
    @Test(.enabled(if: vips != nil, "libvips-tools is not installed (scripts/setup.sh --test installs it)"))
    func aTranslationsImagesHaveTheirCopiesBesideItsPage() throws {
        let (site, out) = try site()
        let yaml = try String(contentsOf: site.appendingPathComponent("site.yaml"), encoding: .utf8)
        try Data((yaml + "languages:\n  ur: { name: اردو }\n").utf8).write(to: site.appendingPathComponent("site.yaml"))
        try Data("---\ntitle: گرڈ اصلاحات\nsubtitle: اردو\nimage: { alt: شام کے وقت سب اسٹیشن }\n---\n![بوجھ](photo.png)\n".utf8)
            .write(to: site.appendingPathComponent("content/briefs/grid-reform/index.ur.md"))
        let build = try ImprintBinary.run(["build", "-s", site.path, "-o", out.path])
        #expect(build.status == 0, "\(build.stderr)")
        let folder = out.appendingPathComponent("ur/briefs/grid-reform")
        let page = try String(contentsOf: folder.appendingPathComponent("index.html"), encoding: .utf8)
        #expect(page.contains(#"srcset="photo.png.480w.webp 480w"#), "\(page)")
        for width in [480, 800, 1200, 1600] {
            #expect(FileManager.default.fileExists(atPath: folder.appendingPathComponent("photo.png.\(width)w.webp").path), "\(width)")
        }
        #expect(page.contains(#"srcset="/research/briefs/grid-reform/photo.png.480w.webp 480w"#), "the hero's copies are the root's")
    }

    @Test(.enabled(if: vips != nil, "libvips-tools is not installed (scripts/setup.sh --test installs it)"))
    func rasterImagesGetSmallerCopiesInSrcsetAndTheCacheKeepsThem() throws {
        let (site, out) = try site()
        let first = try ImprintBinary.run(["build", "-s", site.path, "-o", out.path], environment: ["IMPRINT_TIMINGS": "1"])
        #expect(first.status == 0, "\(first.stderr)")
        #expect(first.stderr.contains("4 smaller copies made, 0 from the cache"), "\(first.stderr)")
        let folder = out.appendingPathComponent("briefs/grid-reform")
        for width in [480, 800, 1200, 1600] {
            let (w, h) = try webpSize(folder.appendingPathComponent("photo.png.\(width)w.webp"))
            #expect(w == width && h == Int((Double(width) * 2 / 3).rounded()), "photo.png.\(width)w.webp is \(w)×\(h)")
        }
        #expect(FileManager.default.fileExists(atPath: folder.appendingPathComponent("photo.png").path), "the original stays")
        let page = try String(contentsOf: folder.appendingPathComponent("index.html"), encoding: .utf8)
        let base = "/research/briefs/grid-reform/photo"
        #expect(page.contains("<img src=\"\(base).png\" alt=\"Substation at dusk\" width=\"2400\" height=\"1600\" srcset=\"\(base).png.480w.webp 480w, \(base).png.800w.webp 800w, \(base).png.1200w.webp 1200w, \(base).png.1600w.webp 1600w, \(base).png 2400w\" sizes=\"(min-width: 75em) 55em, (min-width: 40em) 36em, 100vw\" decoding=\"async\">"),
                "the hero, at the top of the page, is not lazy")
        #expect(page.contains("<img src=\"photo.png\" alt=\"Load by hour\" width=\"2400\" height=\"1600\" srcset=\"photo.png.480w.webp 480w, photo.png.800w.webp 800w, photo.png.1200w.webp 1200w, photo.png.1600w.webp 1600w, photo.png 2400w\" sizes=\"(min-width: 40em) 36em, 100vw\" loading=\"lazy\" decoding=\"async\" />"))
        #expect(page.contains("<img src=\"chart.svg\" alt=\"Losses by year\" width=\"120\" height=\"60\" loading=\"lazy\" decoding=\"async\" />"),
                "an SVG stays as it is")
        // What a 390-pixel phone at 3 device pixels per CSS pixel downloads: the 1200 copy.
        let original = try Data(contentsOf: folder.appendingPathComponent("photo.png")).count
        let phone = try Data(contentsOf: folder.appendingPathComponent("photo.png.1200w.webp")).count
        #expect(phone * 10 < original, "\(phone) bytes against \(original)")

        // A change elsewhere rebuilds the site; the copies come from the cache.
        let about = site.appendingPathComponent("content/pages/about.md")
        try Data((try String(contentsOf: about, encoding: .utf8) + "\nMore.\n").utf8).write(to: about)
        let second = try ImprintBinary.run(["build", "-s", site.path, "-o", out.path], environment: ["IMPRINT_TIMINGS": "1"])
        #expect(second.status == 0, "\(second.stderr)")
        #expect(second.stderr.contains("0 smaller copies made, 4 from the cache"), "\(second.stderr)")
        let cached = try FileManager.default.contentsOfDirectory(atPath: site.appendingPathComponent(".imprint-cache/images").path)
        #expect(cached.filter { $0.hasSuffix(".webp") && !$0.hasPrefix(".") }.count == 4, "\(cached)")
        // The output's copy is its own file, not the cache's (a tool rewriting the output in
        // place must not change the cache), and a rebuild links it from the previous output.
        func inode(_ url: URL) throws -> Int {
            try #require((try FileManager.default.attributesOfItem(atPath: url.path)[.systemFileNumber] as? NSNumber)?.intValue)
        }
        let webp = try #require(cached.first { $0.hasSuffix("-800w-q80.webp") })
        let published = folder.appendingPathComponent("photo.png.800w.webp")
        #expect(try inode(published) != inode(site.appendingPathComponent(".imprint-cache/images/\(webp)")))
        let before = try inode(published)
        try Data((try String(contentsOf: about, encoding: .utf8) + "\nAgain.\n").utf8).write(to: about)
        #expect(try ImprintBinary.run(["build", "-s", site.path, "-o", out.path]).status == 0)
        #expect(try inode(published) == before)
    }

    /// Width and height from a JPEG's first start-of-frame marker.
    func jpegSize(_ url: URL) throws -> (Int, Int) {
        let b = [UInt8](try Data(contentsOf: url))
        #expect(b.starts(with: [0xFF, 0xD8]), "\(url.lastPathComponent) is a JPEG")
        var i = 2
        while i + 9 < b.count, b[i] == 0xFF {
            let marker = b[i + 1], length = Int(b[i + 2]) << 8 | Int(b[i + 3])
            if (0xC0...0xC3).contains(marker) { return (Int(b[i + 7]) << 8 | Int(b[i + 8]), Int(b[i + 5]) << 8 | Int(b[i + 6])) }
            i += 2 + length
        }
        return (0, 0)
    }

    @Test(.enabled(if: vips != nil, "libvips-tools is not installed"))
    func everyBriefGetsAShareCardFromItsHeroOrDrawn() throws {
        let site = try ImprintBinary.copyFixture("golden-site/input")
        let out = site.deletingLastPathComponent().appendingPathComponent("public")
        // grid-reform's hero is an SVG chart; gas-prices has none. A third brief has a PNG hero with a focus.
        try Self.runVips(["gaussnoise", site.appendingPathComponent("static/images/tall.png").path, "900", "2000"])
        try Data("---\ntitle: Tall\ndate: 2025-02-01\nauthors: [zara-baloch]\nimage: { src: images/tall.png, alt: \"Noise\", focus: bottom }\n---\nText.\n".utf8)
            .write(to: site.appendingPathComponent("content/briefs/tall.md"))
        let build = try ImprintBinary.run(["build", "-s", site.path, "-o", out.path], environment: ["IMPRINT_TIMINGS": "1"])
        #expect(build.status == 0, "\(build.stderr)")
        #expect(build.stderr.contains("3 share cards made, 0 from the cache"), "\(build.stderr)")
        for slug in ["grid-reform", "gas-prices", "tall"] {
            let (w, h) = try jpegSize(out.appendingPathComponent("briefs/\(slug)/share.jpg"))
            #expect(w == 1200 && h == 630, "\(slug)'s card is \(w)×\(h)")
        }
        let gas = try String(contentsOf: out.appendingPathComponent("briefs/gas-prices/index.html"), encoding: .utf8)
        #expect(gas.contains("<meta property=\"og:image\" content=\"https://golden.example.org/research/briefs/gas-prices/share.jpg\">\n<meta property=\"og:image:width\" content=\"1200\">\n<meta property=\"og:image:height\" content=\"630\">\n<meta property=\"og:image:alt\" content=\"Issue Brief: Gas Prices. Golden Institute for &quot;Policy&quot; &amp; Research\">"), "\(gas)")
        #expect(gas.contains("<meta name=\"twitter:card\" content=\"summary_large_image\">"))
        let grid = try String(contentsOf: out.appendingPathComponent("briefs/grid-reform/index.html"), encoding: .utf8)
        #expect(grid.contains("<meta property=\"og:image:alt\" content=\"Losses by year\">"))
        #expect(grid.contains("\"image\":\"https://golden.example.org/research/briefs/grid-reform/chart.svg\""), "JSON-LD keeps the hero itself")
        let about = site.appendingPathComponent("content/pages/about.md")
        try Data((try String(contentsOf: about, encoding: .utf8) + "\nMore.\n").utf8).write(to: about)
        let again = try ImprintBinary.run(["build", "-s", site.path, "-o", out.path], environment: ["IMPRINT_TIMINGS": "1"])
        #expect(again.stderr.contains("0 share cards made, 3 from the cache"), "\(again.stderr)")
    }

    @Test(.enabled(if: vips != nil, "libvips-tools is not installed"))
    func withoutLibvipsEachImageIsOfferedAsItIs() throws {
        let (site, out) = try site()
        let build = try ImprintBinary.run(["build", "-s", site.path, "-o", out.path], environment: ["PATH": "/nonexistent"])
        #expect(build.status == 0, "\(build.stderr)")
        let page = try String(contentsOf: out.appendingPathComponent("briefs/grid-reform/index.html"), encoding: .utf8)
        #expect(!page.contains("srcset"))
        #expect(page.contains("<img src=\"photo.png\" alt=\"Load by hour\" width=\"2400\" height=\"1600\" loading=\"lazy\" decoding=\"async\" />"))
        #expect(!FileManager.default.fileExists(atPath: out.appendingPathComponent("briefs/grid-reform/photo.png.480w.webp").path))
        #expect(!FileManager.default.fileExists(atPath: out.appendingPathComponent("briefs/grid-reform/share.jpg").path))
        #expect(page.contains("<meta property=\"og:image\" content=\"https://golden.example.org/research/briefs/grid-reform/photo.png\">"))
    }

    @Test(.enabled(if: vips != nil, "libvips-tools is not installed"))
    func anImageLibvipsCannotReadIsAWarningAndNoAddressIsMissing() throws {
        let (site, out) = try site()
        // A PNG header that says 2400×1600, then nothing libvips can decode.
        let photo = site.appendingPathComponent("content/briefs/grid-reform/photo.png")
        try Data([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52,
                  0, 0, 0x09, 0x60, 0, 0, 0x06, 0x40, 8, 2, 0, 0, 0] + Array("garbage".utf8)).write(to: photo)
        let build = try ImprintBinary.run(["build", "-s", site.path, "-o", out.path])
        #expect(build.status == 0, "\(build.stderr)")
        #expect(build.stderr.contains("content/briefs/grid-reform/photo.png:1:1: warning: libvips could not read this image"),
                "\(build.stdout)\(build.stderr)")
        for width in [480, 800, 1200, 1600] {
            #expect(FileManager.default.fileExists(atPath: out.appendingPathComponent("briefs/grid-reform/photo.png.\(width)w.webp").path))
        }
        let (w, h) = try jpegSize(out.appendingPathComponent("briefs/grid-reform/share.jpg"))
        #expect(w == 1200 && h == 630, "the brief's card is drawn instead")
        // Like a search index that could not be made, it is tried again by the next build.
        let again = try ImprintBinary.run(["build", "-s", site.path, "-o", out.path])
        #expect(again.stderr.contains("warning: libvips could not read this image"), "\(again.stdout)")
    }

    @Test func checkWarnsOfHeavyUnnamedAndSmallImages() throws {
        let site = try ImprintBinary.copyFixture("golden-site/input")
        let bundle = site.appendingPathComponent("content/briefs/grid-reform")
        // An SVG of 40 KB (offered as it is, over a 30 KB budget), a PNG hero 640 pixels wide, an image without alt text.
        try Data(("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"100\" height=\"50\"><!--" + String(repeating: "x", count: 40_000) + "--></svg>").utf8)
            .write(to: bundle.appendingPathComponent("heavy.svg"))
        var png: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52, 0, 0, 0x02, 0x80, 0, 0, 0x01, 0xE0, 8, 2, 0, 0, 0]
        png += [UInt8](repeating: 0, count: 64)
        try Data(png).write(to: bundle.appendingPathComponent("small.png"))
        let index = bundle.appendingPathComponent("index.md")
        var text = try String(contentsOf: index, encoding: .utf8)
        text = text.replacingOccurrences(of: "image: { src: chart.svg,", with: "image: { src: small.png,")
        text += "\n![Heavy](heavy.svg)\n\n![](chart.svg)\n"
        try Data(text.utf8).write(to: index)
        let yaml = try String(contentsOf: site.appendingPathComponent("site.yaml"), encoding: .utf8)
        try Data((yaml + "images: { budget: 30 }\n").utf8).write(to: site.appendingPathComponent("site.yaml"))
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        let heroLine = try #require(lines.firstIndex { $0.hasPrefix("image:") }) + 1
        let heavyLine = try #require(lines.firstIndex { $0 == "![Heavy](heavy.svg)" }) + 1
        let bareLine = try #require(lines.firstIndex { $0 == "![](chart.svg)" }) + 1
        let check = try ImprintBinary.run(["check", "-s", site.path])
        let file = "content/briefs/grid-reform/index.md"
        #expect(check.stdout.contains("\(file):\(heroLine):15: warning: hero image `small.png` is 640 pixels wide"), "\(check.stdout)")
        #expect(check.stdout.contains("\(file):\(heavyLine):1: warning: image `heavy.svg` weighs 39 KB, over the site's budget of 30 KB"), "\(check.stdout)")
        #expect(check.stdout.contains("\(file):\(bareLine):1: warning:") && check.stdout.contains("[missing-alt]"), "\(check.stdout)")
        #expect(check.status == 0, "warnings only")
        try Data((yaml + "images: { budget: 0 }\n").utf8).write(to: site.appendingPathComponent("site.yaml"))
        let yamlLine = yaml.split(separator: "\n", omittingEmptySubsequences: false).count
        let badBudget = try ImprintBinary.run(["check", "-s", site.path])
        #expect(badBudget.status == 1)
        #expect(badBudget.stdout.contains("site.yaml:\(yamlLine):"), "\(badBudget.stdout)")
    }

    /// A 3000×2000 photograph-like hero (noise does not compress) would put megabytes into the
    /// PDF; the PDF embeds a 2000-pixel JPEG instead.
    @Test(.enabled(if: vips != nil && PDFCommandTests.canPrint, "libvips-tools, WeasyPrint or poppler-utils is not installed"))
    func thePDFEmbedsAPrintCopyOfALargeHero() throws {
        let site = try ImprintBinary.copyFixture("pdf-site")
        let out = site.deletingLastPathComponent().appendingPathComponent("public")
        let bundle = site.appendingPathComponent("content/briefs/water-tariffs")
        try Self.runVips(["gaussnoise", bundle.appendingPathComponent("hero.png").path, "3000", "2000"])
        let index = bundle.appendingPathComponent("index.md")
        let text = try String(contentsOf: index, encoding: .utf8)
        try Data(text.replacingOccurrences(of: "  src: hero.svg", with: "  src: hero.png").utf8).write(to: index)
        let original = try Data(contentsOf: bundle.appendingPathComponent("hero.png")).count
        let pdf = try ImprintBinary.run(["pdf", "--site", site.path, "--output", out.path])
        #expect(pdf.status == 0, "\(pdf.stderr)")
        let made = try Data(contentsOf: out.appendingPathComponent("briefs/water-tariffs/water-tariffs.pdf")).count
        #expect(made * 2 < original, "the PDF is \(made) bytes, the hero alone \(original)")
        let copies = try FileManager.default.contentsOfDirectory(atPath: site.appendingPathComponent(".imprint-cache/images").path)
        #expect(copies.contains { $0.hasSuffix("-print2000-q90.jpg") }, "\(copies)")
    }

    @Test(.enabled(if: vips != nil, "libvips-tools is not installed"))
    func aBundlesOwnShareJpgIsKeptAndTwoOriginalsNeverShareACopy() throws {
        let (site, out) = try site()
        let bundle = site.appendingPathComponent("content/briefs/grid-reform")
        let own = Data("not really a jpeg, but the institute's own file".utf8)
        try own.write(to: bundle.appendingPathComponent("share.jpg"))
        try Self.runVips(["black", bundle.appendingPathComponent("photo.jpg").path, "900", "600"])
        let index = bundle.appendingPathComponent("index.md")
        try Data((try String(contentsOf: index, encoding: .utf8) + "\n![Black](photo.jpg)\n").utf8).write(to: index)
        let build = try ImprintBinary.run(["build", "-s", site.path, "-o", out.path])
        #expect(build.status == 0, "\(build.stderr)")
        let folder = out.appendingPathComponent("briefs/grid-reform")
        #expect(try Data(contentsOf: folder.appendingPathComponent("share.jpg")) == own, "the site's own file wins, as in serve")
        let (pw, _) = try webpSize(folder.appendingPathComponent("photo.png.800w.webp"))
        let (jw, _) = try webpSize(folder.appendingPathComponent("photo.jpg.800w.webp"))
        #expect(pw == 800 && jw == 800)
        #expect(try Data(contentsOf: folder.appendingPathComponent("photo.png.800w.webp")) != Data(contentsOf: folder.appendingPathComponent("photo.jpg.800w.webp")))
    }
}
