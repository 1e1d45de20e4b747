import Foundation
import Testing
@testable import SiteBuilder

/// A reference manager reading a brief page saves a correctly typed report: Zotero's
/// embedded-metadata rules applied to the `citation_*` tags of the built pages.
@Suite struct ZoteroEmbeddedMetadataTests {
    static let output: URL? = try? SyntheticSite.build(SyntheticSite.write())

    func head(_ slug: String) throws -> HTMLHead {
        let output = try #require(Self.output)
        return HTMLHead(html: try SyntheticSite.read(output, "briefs/\(slug)/index.html"))
    }

    @Test func savesAReportWithAuthorsInOrderAndNoEditors() throws {
        let item = ZoteroEmbeddedMetadata(try head("tricky"))
        #expect(item.itemType == "report")
        #expect(item.creators == [
            .init(firstName: "Gabriel", lastName: "García Márquez"),
            .init(firstName: "José", lastName: "Álvarez-Núñez"),
            .init(firstName: "علی", lastName: "رضا"),
        ])
        #expect(!item.creators.contains { $0.lastName.contains("O'Brien") }, "editors are never authors")
        #expect(item.title == SyntheticSite.trickyTitleShown + ": " + SyntheticSite.trickySubtitleShown)
        #expect(item.date == "2025/03/04")
        #expect(item.institution == SyntheticSite.organisation)
        #expect(item.reportNumber == "WP-2025/07 & <b>")
        #expect(item.abstractNote == SyntheticSite.trickySummaryShown)
        #expect(item.doi == "10.1234/abc_def")
        #expect(item.language == "en")
        #expect(item.tags == ["Énergie & eau", "trade", "tariffs", "50% rule_{x}"])
        #expect(item.pdfURLs.isEmpty, "no PDF exists, so no citation_pdf_url")
    }

    @Test func everyBriefIsAReportAndOnlineDateIsThePublicationDate() throws {
        for slug in ["tricky", "older", "middle", "lonely"] {
            let h = try head(slug)
            #expect(ZoteroEmbeddedMetadata(h).itemType == "report", "\(slug)")
            #expect(h.value("citation_online_date") == h.value("citation_publication_date"))
            #expect(h.values("citation_title").count == 1)
        }
        #expect(try head("older").value("citation_technical_report_number") == nil, "no number, no tag")
    }

    @Test func openGraphAndTwitterDescribeTheArticle() throws {
        let h = try head("tricky")
        let base = SyntheticSite.baseURL
        #expect(h.value("og:type") == "article")
        #expect(h.value("og:title") == SyntheticSite.trickyTitleShown)
        #expect(h.value("og:url") == base + "briefs/tricky/")
        #expect(h.value("og:description") == SyntheticSite.trickySummaryShown)
        #expect(h.value("article:published_time") == "2025-03-04")
        #expect(h.value("article:modified_time") == "2025-05-06")
        #expect(h.values("article:author") == ["gabriel", "jose", "ali"].map { base + "people/\($0)/" })
        #expect(h.value("article:section") == "Economy & <Trade>")
        #expect(h.values("article:tag") == ["Énergie & eau", "trade"])
        #expect(h.value("twitter:card") == "summary")
        #expect(h.value("description") == SyntheticSite.trickySummaryShown)
        #expect(h.head.contains("<link rel=\"canonical\" href=\"\(base)briefs/tricky/\">"))
    }
}
