import Foundation
import SiteModel

/// The text of a new brief: required fields filled in, every optional field explained.
enum BriefScaffold {
    static func today() -> String {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.dateFormat = "yyyy-MM-dd"
        return formatter.string(from: Date())
    }

    static func text(title: String, date: String) -> String {
        """
        ---
        title: \(YAMLQuoting.quoted(title))
        # subtitle: "A line that says what the brief argues"
        date: \(date)                  # publication date, YYYY-MM-DD
        # updated: \(date)             # last substantive revision
        authors: [author-id]              # ids of files in content/people, in byline order
        # editors: [editor-id]            # shown as "Edited by"
        # centre: centre-id               # id of a file in content/centres
        # type: issue-brief               # an id from site.yaml `types` (default: the first)
        # number: "IB-2026-01"            # report number
        # topics: [topic one, topic two]
        # regions: [region]
        # summary: "One or two sentences for listings, feeds and search results."
        # image: { src: hero.png, alt: "What the image shows", credit: "Who made it" }
        # disclaimer: true                # false for none, or your own text
        # doi: 10.0000/example
        # keywords: [keyword]
        # language: en
        # pdf: true                       # false: no PDF for this brief
        draft: true                       # remove when the brief is ready to publish
        ---

        Start with the argument in two or three sentences.[^1]

        ## The problem

        ## What the evidence shows

        ## Recommendations

        [^1]: Author, *Title of the Source* (Publisher, Year), https://example.org/.

        """
    }
}
