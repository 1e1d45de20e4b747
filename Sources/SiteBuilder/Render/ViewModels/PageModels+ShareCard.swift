import Foundation
import SiteModel

extension PageModels {
    /// Whether briefs have share cards: only when the build can make them (libvips).
    var makesShareCards: Bool { images.files?.makesVariants == true }

    /// The link-preview picture of the brief at `index`: its share card when the build makes
    /// them, else its hero image as it is (an SVG, which social networks do not show, included).
    func shareImage(_ index: Int) -> OpenGraphTags.Image? {
        let brief = site.briefs[index]
        // Cards are made at the root, for the default language's briefs: a brief in another
        // language alone has its hero, as a build without libvips gives every brief.
        if makesShareCards, scheme.language.isEmpty || scheme.assets.contains(ShareCard.path(slug: brief.slug)) {
            return OpenGraphTags.Image(url: scheme.absolute(ShareCard.path(slug: brief.slug)),
                                       alt: brief.image?.alt ?? drawnCardAlt(brief),
                                       width: ShareCard.width, height: ShareCard.height)
        }
        return brief.image.flatMap { image in
            site.heroImages[brief.slug].map { OpenGraphTags.Image(url: scheme.absolute($0), alt: image.alt) }
        }
    }

    /// What a card drawn from the title shows, for `og:image:alt`.
    func drawnCardAlt(_ brief: Brief) -> String {
        "\(site.typeLabel(of: brief)): \(brief.title). \(site.config.organisation.name)"
    }

    /// The brief's card to make: from its hero image, else drawn.
    func shareCardJob(_ index: Int) -> ShareCardJob {
        let brief = site.briefs[index]
        let path = ShareCard.path(slug: brief.slug)
        let file = URL(fileURLWithPath: site.site.root).appendingPathComponent(brief.sourcePath)
        // A hero in another format (a PDF, a GIF) is not given to libvips: its card is drawn.
        if let hero = site.heroImages[brief.slug], ImageVariants.isRaster(hero) || hero.lowercased().hasSuffix(".svg"),
           let source = images.files?.source(hero) {
            return ShareCardJob(index: index, path: path, brief: file, source: .image(source, size: images.size(at: hero), focus: brief.image?.focus))
        }
        return ShareCardJob(index: index, path: path, brief: file, source: .drawn(svg: drawnCard(index)))
    }

    /// The drawing of the card of a brief without a hero (or whose hero libvips cannot read):
    /// its type and date, its title, the institute's name and logo.
    func drawnCard(_ index: Int) -> String {
        let brief = site.briefs[index]
        return ShareCard.drawn(title: brief.title, kicker: "\(site.typeLabel(of: brief)) · \(dates.display(brief.date))",
                               organisation: site.config.organisation.name, logo: cardLogo)
    }

    /// The logo's bytes and type for drawn cards, read once per build (only when cards are
    /// made): an SVG, PNG, JPEG or WebP of at most 1 MB, embedded in each drawing.
    static func cardLogo(_ site: ResolvedSite, _ images: ImageDimensions) -> (bytes: Data, mime: String)? {
        guard images.files?.makesVariants == true,
              let source = images.files?.source(site.logoPath) ?? Theme.directory.map({ $0.appendingPathComponent("static/" + site.logoPath) }),
              let bytes = FileManager.default.contents(atPath: source.path), bytes.count <= 1_000_000 else { return nil }
        let mime = imageType(source.path)
        return ["image/svg+xml", "image/png", "image/jpeg", "image/webp"].contains(mime) ? (bytes, mime) : nil
    }
}
