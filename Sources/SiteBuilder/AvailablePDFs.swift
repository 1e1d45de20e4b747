import Foundation
import SiteModel

/// The hook between pages and PDFs: a brief links its PDF (and says `citation_pdf_url`) only
/// when `briefs/<slug>/<slug>.pdf` exists. For now that means "exists in the output folder the
/// build replaces" (PDFs made by an earlier `imprint pdf` run); the build carries those files
/// into the new output so the links keep working. A brief with `pdf: false` never links one.
struct AvailablePDFs: Sendable {
    /// Slugs of briefs with a PDF.
    var slugs: Set<String>

    static let none = AvailablePDFs(slugs: [])

    /// Looks in `output` (the previous build) for each brief's PDF.
    static func existing(in output: URL, briefs: [Brief]) -> AvailablePDFs {
        let fm = FileManager.default
        var found: Set<String> = []
        for brief in briefs where brief.pdf {
            var isDirectory: ObjCBool = false
            let file = output.appendingPathComponent(URLScheme.pdf(brief.slug))
            if fm.fileExists(atPath: file.path, isDirectory: &isDirectory), !isDirectory.boolValue {
                found.insert(brief.slug)
            }
        }
        return AvailablePDFs(slugs: found)
    }

    func has(_ slug: String) -> Bool { slugs.contains(slug) }
}
