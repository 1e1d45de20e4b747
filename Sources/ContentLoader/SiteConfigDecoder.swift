import SiteModel
import Yams

/// `site.yaml` → `SiteConfig`.
public enum SiteConfigDecoder {
    static let path = "site.yaml"
    static let knownKeys = [
        "title", "base_url", "language", "organisation", "disclaimer", "types", "nav", "navigation",
        "markdown", "date_format", "paginate", "description", "feed_limit", "pdf", "search", "boxes", "logo", "favicon", "disclaimer_position", "taxonomies", "extra", "images",
        "languages",
    ]

    public static func decode(_ bytes: [UInt8]?) -> (SiteConfig?, [Diagnostic]) {
        let origin = SourceLocation(file: path, line: 1, column: 1)
        guard let bytes else {
            return (nil, [.error("missing-site-config", "no site.yaml in the site folder; is --site pointing at the right folder?", at: origin)])
        }
        let node: Node?
        switch YAMLParser.parseFile(bytes, path: path) {
        case .success(let n): node = n
        case .failure(let d): return (nil, [d])
        }
        var f = FieldReader(node: node, path: path, startLine: 1, origin: origin, what: "site.yaml")
        f.checkKeys(known: knownKeys)
        let title = f.string("title", required: true)
        var baseURL = f.string("base_url", required: true) ?? "/"
        if let (node, _) = f.entry("base_url"), let problem = BaseURL.problem(baseURL) {
            f.diagnostics.append(.error("invalid-base-url", problem, at: f.location(of: node)))
        }
        if !baseURL.hasSuffix("/") { baseURL += "/" }

        var organisation = Organisation(name: title ?? "")
        if var org = f.nested("organisation", what: "`organisation`") {
            org.checkKeys(known: ["name", "short_name", "place"])
            organisation = Organisation(name: org.string("name", required: true) ?? title ?? "",
                                        shortName: org.string("short_name"), place: org.string("place"))
            f.diagnostics += org.diagnostics
        }

        var types: [BriefType] = []
        if let (node, _) = f.entry("types") {
            if case .mapping(let m) = node {
                for (k, v) in m {
                    let id = k.string ?? ""
                    if !Slug.isValid(id) {
                        f.diagnostics.append(.error("invalid-slug", "type id `\(id)` may contain only lowercase letters, digits and hyphens", at: f.location(of: k)))
                    }
                    guard case .mapping = v, var series = f.nested(in: v, origin: f.location(of: k), what: "type `\(id)`") else {
                        types.append(BriefType(id: id, label: v.string ?? id))
                        continue
                    }
                    // `issue-brief: { label: Issue Brief, series: …, issn: …, numbering: "IB-{year}-{n:02}" }`
                    series.checkKeys(known: ["label", "series", "issn", "numbering"])
                    var type = BriefType(id: id, label: series.string("label", required: true) ?? id, series: series.string("series"))
                    if let issn = series.located("issn") {
                        if ISSN.isValid(issn.value) { type.issn = issn.value.uppercased() } else {
                            series.diagnostics.append(.error("wrong-type", "`issn` \(issn.value) is not an ISSN (NNNN-NNNC, its last digit a check digit)", at: issn.location))
                        }
                    }
                    if let pattern = series.located("numbering") {
                        if let numbering = SeriesNumbering(pattern.value) { type.numbering = numbering } else {
                            series.diagnostics.append(.error("wrong-type",
                                "`numbering` must hold {n} (or {n:02} for two digits) once, may hold {year}, e.g. \"IB-{year}-{n:02}\"; not `\(pattern.value)`",
                                at: pattern.location))
                        }
                    }
                    f.diagnostics += series.diagnostics
                    types.append(type)
                }
            } else {
                f.wrongType("types", "a set of `id: Label` entries", at: node)
            }
        }
        if types.isEmpty { types = [BriefType(id: "brief", label: "Brief")] }

        var boxes: [BoxDeclaration] = []
        if let (node, _) = f.entry("boxes") {
            if case .mapping(let m) = node {
                for (k, v) in m {
                    let id = k.string ?? ""
                    guard Slug.isValid(id), let label = v.string, !label.isEmpty else {
                        f.diagnostics.append(.error("invalid-slug",
                            "box `\(id)` needs an id of lowercase letters, digits and hyphens and a label, e.g. `key-findings: Key findings`",
                            at: f.location(of: k)))
                        continue
                    }
                    boxes.append(BoxDeclaration(id: id, label: label))
                }
            } else {
                f.wrongType("boxes", "a set of `id: Label` entries, e.g. `key-findings: Key findings`", at: node)
            }
        }

        var navigation: [NavItem] = []
        for key in ["nav", "navigation"] { navigation += f.links(key) }

        var allowRawHTML = false
        if var markdown = f.nested("markdown", what: "`markdown`") {
            markdown.checkKeys(known: ["raw_html"])
            allowRawHTML = markdown.bool("raw_html") ?? false
            f.diagnostics += markdown.diagnostics
        }
        var searchEnabled = false
        if var search = f.nested("search", what: "`search`") {
            search.checkKeys(known: ["enabled"])
            searchEnabled = search.bool("enabled") ?? false
            f.diagnostics += search.diagnostics
        }
        let paginate = f.int("paginate", in: 1...10_000) ?? 10
        let feedLimit = f.int("feed_limit", in: 1...100_000) ?? 50
        let pdf = decodePDF(&f)
        var config = SiteConfig(
            title: title ?? "", baseURL: baseURL, language: f.string("language") ?? "en",
            organisation: organisation, disclaimer: f.string("disclaimer") ?? "",
            types: types, navigation: navigation, allowRawHTML: allowRawHTML,
            dateFormat: f.string("date_format") ?? "d MMMM yyyy", paginate: paginate,
            description: f.string("description"), feedLimit: feedLimit, pdf: pdf,
            searchEnabled: searchEnabled)
        config.boxes = boxes
        config.languages = decodeLanguages(&f)
        (config.termLabels, config.taxonomies) = decodeTaxonomies(&f)
        config.extra = f.extra()
        // `images: { budget: 500 }`: kilobytes an image shown as it is may weigh before `check` warns.
        if var images = f.nested("images", what: "`images`") {
            images.checkKeys(known: ["budget"])
            if let budget = images.int("budget", in: 1...1_000_000) { config.imageBudgetKB = budget }
            f.diagnostics += images.diagnostics
        }
        config.logo = f.located("logo")
        config.favicon = f.located("favicon")
        if let position = f.located("disclaimer_position") {
            switch position.value {
            case "top": config.disclaimerAtTop = true
            case "bottom": config.disclaimerAtTop = false
            default:
                f.diagnostics.append(.error("wrong-type", "`disclaimer_position` must be `top` or `bottom`, not `\(position.value)`",
                                            at: position.location))
            }
        }
        return (title == nil ? nil : config, f.diagnostics)
    }

    /// `taxonomies:`: the site's own ways of filing briefs beside topics and regions
    /// (`countries: { title: Countries, singular: Country }`), and what readers see for each term
    /// written as an id (`regions: { terms: { south-asia: South Asia } }`).
    static func decodeTaxonomies(_ f: inout FieldReader) -> (labels: [String: [String: String]], taxonomies: [Taxonomy]) {
        var taxonomies = Taxonomy.builtIn
        guard let (node, _) = f.entry("taxonomies") else { return ([:], taxonomies) }
        guard case .mapping(let declared) = node else {
            f.wrongType("taxonomies", "a set of taxonomies, e.g. `countries: { title: Countries, terms: { ke: Kenya } }`", at: node)
            return ([:], taxonomies)
        }
        var labels: [String: [String: String]] = [:]
        for (key, value) in declared {
            let name = key.string ?? ""
            let at = f.location(of: key)
            if let problem = Self.taxonomyNameProblem(name) {
                f.diagnostics.append(.error("invalid-taxonomy", problem, at: at))
                continue
            }
            // `countries:` alone, or with nothing under it, declares the taxonomy with its defaults.
            var empty = false
            if case .scalar(let scalar) = value { empty = FieldReader.isNull(value, scalar) }
            let taxonomy = empty ? nil : f.nested(in: value, origin: at, what: "`\(name)`")
            if taxonomy == nil, !empty {
                f.wrongType(name, "`{ title: …, singular: …, terms: { id: Label } }`", at: value)
                continue
            }
            let builtIn = Taxonomy.builtIn.first { $0.name == name }
            var declaration = builtIn ?? Taxonomy(name: name, title: Taxonomy.title(of: name), singular: "")
            if var t = taxonomy {
                t.checkKeys(known: ["title", "singular", "terms"])
                if let title = t.string("title"), !title.isEmpty {
                    declaration.title = title
                    declaration.singular = ""
                }
                if let singular = t.string("singular"), !singular.isEmpty { declaration.singular = singular }
                labels[name] = Self.termLabels(&t)
                f.diagnostics += t.diagnostics
            }
            if declaration.singular.isEmpty { declaration.singular = Taxonomy.singular(of: declaration.title) }
            if let index = taxonomies.firstIndex(where: { $0.name == name }) {
                taxonomies[index] = declaration
            } else {
                taxonomies.append(declaration)
            }
        }
        return (labels.filter { !$0.value.isEmpty }, taxonomies)
    }

    /// Why a taxonomy may not have this name: its name is a URL folder and a front-matter key.
    static func taxonomyNameProblem(_ name: String) -> String? {
        if !Slug.isValid(name) {
            return "taxonomy `\(name)` must be named with lowercase letters, digits and hyphens: it is a folder of the site"
        }
        if Taxonomy.reservedNames.contains(name) {
            return "`\(name)` is a folder Imprint writes itself; name the taxonomy otherwise"
        }
        if BriefDecoder.knownKeys.contains(name), !Taxonomy.builtIn.contains(where: { $0.name == name }) {
            return "`\(name)` is already a brief's front-matter key; name the taxonomy otherwise"
        }
        return nil
    }

    /// A taxonomy's `terms: { id: Label }`, by the id's slug; two ids with one label are an error.
    private static func termLabels(_ t: inout FieldReader) -> [String: String] {
        var labels: [String: String] = [:]
        guard let (terms, _) = t.entry("terms") else { return labels }
        guard case .mapping(let m) = terms else {
            t.wrongType("terms", "`id: Label` entries, e.g. `south-asia: South Asia`", at: terms)
            return labels
        }
        for (term, label) in m {
            guard let id = term.string, let text = label.string, !text.isEmpty else {
                t.wrongType("terms", "`id: Label` entries", at: label)
                continue
            }
            if let other = labels.first(where: { $0.value == text })?.key, other != Slug.make(id) {
                t.diagnostics.append(.error("term-collision",
                    "`\(id)` and `\(other)` would both read \(text); give each its own label", at: t.location(of: label)))
                continue
            }
            labels[Slug.make(id)] = text
        }
        return labels
    }

    /// `pdf: { weasyprint: PATH, paper: a4|letter, timeout: SECONDS }`.
    static func decodePDF(_ f: inout FieldReader) -> PDFSettings {
        var settings = PDFSettings()
        guard var pdf = f.nested("pdf", what: "`pdf`") else { return settings }
        pdf.checkKeys(known: ["weasyprint", "paper", "timeout"])
        settings.weasyprint = pdf.string("weasyprint")
        if let paper = pdf.string("paper"), let (node, _) = pdf.entry("paper") {
            if let value = PDFSettings.Paper(rawValue: paper.lowercased()) {
                settings.paper = value
            } else {
                pdf.diagnostics.append(.error("wrong-type", "`paper` must be `a4` or `letter`, not `\(paper)`",
                                              at: pdf.location(of: node)))
            }
        }
        if let timeout = pdf.int("timeout", in: 1...86_400, unit: " (seconds)") { settings.timeout = Double(timeout) }
        f.diagnostics += pdf.diagnostics
        return settings
    }
}
