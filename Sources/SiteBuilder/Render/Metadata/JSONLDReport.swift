/// A brief as a schema.org `Report` in JSON-LD, for search engines. Written by `JSONWriter`
/// (`scriptSafeJSON`); its `Encodable` form is the reference the writer is tested against.
struct JSONLDReport: Encodable, Sendable {
    struct Person: Encodable, Sendable {
        var type = "Person"
        var name: String
        var givenName: String?
        var familyName: String?
        var url: String
        /// The ORCID record, when there is one.
        var sameAs: String?

        enum CodingKeys: String, CodingKey {
            case type = "@type"
            case name, givenName, familyName, url, sameAs
        }
    }

    struct Organization: Encodable, Sendable {
        var type = "Organization"
        var name: String
        var url: String?
        var logo: ImageObject?

        enum CodingKeys: String, CodingKey {
            case type = "@type"
            case name, url, logo
        }
    }

    struct ImageObject: Encodable, Sendable {
        var type = "ImageObject"
        var url: String

        enum CodingKeys: String, CodingKey {
            case type = "@type"
            case url
        }
    }

    struct Thing: Encodable, Sendable {
        var type = "Thing"
        var name: String

        enum CodingKeys: String, CodingKey {
            case type = "@type"
            case name
        }
    }

    struct PropertyValue: Encodable, Sendable {
        var type = "PropertyValue"
        var propertyID: String
        var value: String

        enum CodingKeys: String, CodingKey {
            case type = "@type"
            case propertyID, value
        }
    }

    struct MediaObject: Encodable, Sendable {
        var type = "MediaObject"
        var contentUrl: String
        var encodingFormat: String

        enum CodingKeys: String, CodingKey {
            case type = "@type"
            case contentUrl, encodingFormat
        }
    }

    /// A dated correction notice (schema.org `CorrectionComment`).
    struct Correction: Encodable, Sendable {
        var type = "CorrectionComment"
        var datePublished: String
        var text: String

        enum CodingKeys: String, CodingKey {
            case type = "@type"
            case datePublished, text
        }
    }

    /// The series the report is part of (schema.org `CreativeWorkSeries`).
    struct Series: Encodable, Sendable {
        var type = "CreativeWorkSeries"
        var name: String
        var issn: String?

        enum CodingKeys: String, CodingKey {
            case type = "@type"
            case name, issn
        }
    }

    var context = "https://schema.org"
    var type = "Report"
    var id: String
    var url: String
    var mainEntityOfPage: String
    var headline: String
    var alternativeHeadline: String?
    var name: String
    var description: String?
    var author: [Person]
    var editor: [Person]?
    var datePublished: String
    var dateModified: String
    var publisher: Organization
    /// The centre that wrote it.
    var sourceOrganization: Organization?
    var reportNumber: String?
    var genre: String
    var about: [Thing]?
    var keywords: [String]?
    var image: String?
    var inLanguage: String
    var isAccessibleForFree = true
    var identifier: PropertyValue?
    var sameAs: String?
    var encoding: MediaObject?
    var wordCount: Int
    var correction: [Correction]?
    var isPartOf: Series?

    enum CodingKeys: String, CodingKey {
        case context = "@context"
        case type = "@type"
        case id = "@id"
        case url, mainEntityOfPage, headline, alternativeHeadline, name, description, author, editor
        case datePublished, dateModified, publisher, sourceOrganization, reportNumber, genre, about, keywords
        case image, inLanguage, isAccessibleForFree, identifier, sameAs, encoding, wordCount, correction, isPartOf
    }
}
