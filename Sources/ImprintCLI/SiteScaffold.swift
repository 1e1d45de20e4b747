import Foundation
import SiteModel

/// The files of `imprint new site`, `new person` and `new centre`: a site that builds without a
/// warning, every common setting explained where it is set.
enum SiteScaffold {
    static func files(name: String, date: String) -> [(String, String)] {
        [
            ("site.yaml", siteYAML(name: name)),
            (".gitignore", "/public/\n/.imprint-cache/\n"),
            ("content/centres/research.md", centre(name: "Centre for Policy Research", shortName: "CPR",
                body: "The centre's description: what it studies, with whom, and why. It opens the centre's page.")),
            ("content/people/sample-author.md", person(name: "Sample Author", role: "Research Fellow", centre: "research",
                body: "A few sentences of biography: what the person works on and what they did before.")),
            ("content/briefs/first-brief.md", firstBrief(date: date)),
            ("content/pages/about.md", about(name: name)),
        ]
    }

    static func siteYAML(name: String) -> String {
        """
        # The site's settings. Every key is explained in ../shared/DESIGN.md and the README.
        title: \(YAMLQuoting.quoted(name))
        base_url: https://example.org/           # where the site will live; its path is kept in every link
        language: en                             # the language of the pages (BCP 47)
        # description: "One sentence for the home page, feeds and search engines."
        organisation:
          name: \(YAMLQuoting.quoted(name))
          # short_name: ABC                      # shown where the full name is too long
          # place: Nairobi                       # the publisher's place in citations
        # The default disclaimer of every brief (a brief may set its own, or `disclaimer: false`).
        disclaimer: "The views expressed in this brief are the authors' own and do not necessarily reflect those of \(YAMLQuoting.escaped(name))."
        types:                                   # publication series: id and name; the first is the default
          policy-brief: Policy Brief
          # working-paper: Working Paper
        nav:
          - { title: Briefs, url: /briefs/ }
          - { title: Centres, url: /centres/ }
          - { title: People, url: /people/ }
          - { title: About, url: /about/ }
        # markdown:
        #   raw_html: false                      # true lets HTML written in briefs through
        # date_format: "d MMMM yyyy"             # a Unicode date pattern
        # paginate: 10                           # briefs per list page
        # feed_limit: 50                         # entries per Atom and JSON feed
        # pdf:
        #   paper: a4                            # or letter
        #   timeout: 180                         # seconds per brief
        #   weasyprint: /usr/bin/weasyprint      # default: weasyprint on PATH
        # search:
        #   enabled: true                        # a search page at /search/, made with Pagefind
        # taxonomies:                            # beside topics and regions: briefs write `countries: [ke]`
        #   countries: { title: Countries, terms: { ke: Kenya } }
        # logo: images/logo.svg                  # from static/: on every page, in PDFs and metadata
        # favicon: images/icon.svg
        # disclaimer_position: bottom            # or top: under the date
        # boxes:                                 # your own `> [!KEY-FINDINGS]` boxes
        #   key-findings: Key findings
        # extra:                                 # your own values for templates: {{site.extra.press_email}}
        #   press_email: press@example.org

        """
    }

    static func person(name: String, role: String?, centre: String?,
                       body: String = "The person's biography, shown on their page.") -> String {
        """
        ---
        name: \(YAMLQuoting.quoted(name))
        \(role.map { "role: \(YAMLQuoting.quoted($0))" } ?? "# role: \"Senior Fellow\"")
        \(centre.map { "centre: \($0)" } ?? "# centre: centre-id")                       # an id from content/centres
        # orcid: 0000-0002-1825-0097
        # family_name: "García Márquez"          # when the family name is not the last word
        # email: name@example.org
        # links: [{ title: Website, url: "https://example.org/" }]
        ---
        \(body)

        """
    }

    static func centre(name: String, shortName: String?,
                       body: String = "The centre's description, shown on its page.") -> String {
        """
        ---
        name: \(YAMLQuoting.quoted(name))
        \(shortName.map { "short_name: \(YAMLQuoting.quoted($0))" } ?? "# short_name: ABC")
        ---
        \(body)

        """
    }

    static func firstBrief(date: String) -> String {
        """
        ---
        title: "A First Brief"
        subtitle: "What a Brief Looks Like in Imprint"
        date: \(date)
        authors: [sample-author]
        centre: research
        topics: [getting started]
        summary: "A sample brief to replace with your own: front matter above, Markdown and notes below."
        ---

        A brief is Markdown with a block of front matter above it. Notes are written where they
        are cited and gathered at the end.[^1] Run `imprint new brief "Title"` for a new one with
        every field explained, and `imprint serve` to watch it as you write.

        ## What to try next

        Edit this file while `imprint serve` runs: the page in the browser reloads on save.

        [^1]: Notes keep their *italics* and links, such as https://example.org/.

        """
    }

    static func about(name: String) -> String {
        """
        ---
        title: About
        summary: "Who we are and what we do."
        ---
        \(name) is a research institute. Say here what it studies, how it is funded and how to
        reach it.

        """
    }

    /// "kestrel-institute" → "Kestrel Institute".
    static func name(fromFolder folder: String) -> String {
        let words = folder.split(whereSeparator: { $0 == "-" || $0 == "_" || $0 == " " })
        let name = words.map { $0.prefix(1).uppercased() + $0.dropFirst() }.joined(separator: " ")
        return name.isEmpty ? "My Institute" : name
    }

    static func shellQuoted(_ s: String) -> String {
        s.allSatisfy { $0.isLetter || $0.isNumber || "-_./".contains($0) } ? s : "'" + s.replacingOccurrences(of: "'", with: "'\\''") + "'"
    }
}
