import SiteModel

extension SiteLoader {
    /// `x.ur.md` → (`x`, `ur`): a file whose name ends in a language code before `.md` is a
    /// translation (DESIGN §7). Anything else (a slug with a dot in it) is not.
    static func translationName(_ name: String) -> (stem: String, language: String)? {
        guard name.hasSuffix(".md") else { return nil }
        let base = name.dropLast(3)
        guard let dot = base.lastIndex(of: ".") else { return nil }
        let language = String(base[base.index(after: dot)...])
        guard Language.isValidCode(language) else { return nil }
        return (String(base[..<dot]), language)
    }

    /// Decodes every translation over its original, by language. A translation into a language
    /// site.yaml does not declare (or into the default, whose text is the original), a person's,
    /// centre's or page's translation without its original, and one that gives another slug or
    /// type than its original are errors at their file.
    func loadTranslations(_ entries: [Entry], into site: Site, _ diagnostics: inout [Diagnostic]) -> [String: Translations] {
        var result: [String: Translations] = [:]
        let config = site.config
        // By the name of its file or bundle, as the translation's own name says (a `slug:` in
        // the original does not move it).
        let briefs = Dictionary((site.briefs + site.invalidBriefs).map { (Self.briefStem($0), $0) }, uniquingKeysWith: { a, _ in a })
        let people = Dictionary(site.people.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        let centres = Dictionary(site.centres.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        let pages = Dictionary(site.pages.map { (Self.fileStem($0.sourcePath), $0) }, uniquingKeysWith: { a, _ in a })
        let taxonomies = config.declaredTaxonomies
        var seen: [String: String] = [:]
        for entry in entries.sorted(by: { $0.path < $1.path }) {
            let at = SourceLocation(file: entry.path, line: 1, column: 1)
            guard let code = entry.language else { continue }
            if code == config.language {
                diagnostics.append(.error("undeclared-language",
                    "`\(code)` is the site's default language: its text goes in the original file, not in a translation", at: at))
                continue
            }
            guard config.language(code) != nil else {
                diagnostics.append(.error("undeclared-language",
                    "this is a translation into `\(code)`, which site.yaml does not declare; add it under `languages:` (e.g. `\(code): { name: …, direction: rtl }`)",
                    at: at))
                continue
            }
            guard Slug.isValid(entry.slug) else {
                diagnostics.append(.error("invalid-slug",
                    "`\(entry.slug)` is not a valid slug: use only lowercase letters, digits and hyphens in file and folder names", at: at))
                continue
            }
            guard folder.staysInside(entry.path) else { diagnostics.append(Self.outsideSite(entry.path)); continue }
            guard let bytes = folder.read(entry.path) else { diagnostics.append(Self.unreadable(entry.path)); continue }
            let kind = entry.path.split(separator: "/").dropFirst().first.map(String.init) ?? ""
            let key = kind + "/" + entry.slug + "/" + code
            if let other = seen[key] {
                diagnostics.append(.error("duplicate-slug", "\(other) already translates `\(entry.slug)` into `\(code)`", at: at))
                continue
            }
            seen[key] = entry.path
            var translations = result[code] ?? Translations()
            switch kind {
            case "briefs":
                let original = briefs[entry.slug]
                var (brief, complete, found) = BriefDecoder.decode(bytes, path: entry.path, defaultSlug: entry.slug,
                                                                   bundleDirectory: entry.bundle, taxonomies: taxonomies, original: original)
                if let original, var translated = brief {
                    // Checked on the file as written, before the original fills it in.
                    let (own, _, _) = BriefDecoder.decode(bytes, path: entry.path, defaultSlug: entry.slug,
                                                           bundleDirectory: entry.bundle, taxonomies: taxonomies)
                    if let own {
                        found += BriefTranslation.contradictions(own, original: original)
                        found += BriefTranslation.untranslated(own, original: original)
                        found += BriefTranslation.ignoredAliases(own)
                    }
                    translated.language = code
                    brief = translated
                }
                brief?.language = code
                diagnostics += found
                guard let brief else { break }
                // Over an original: valid unless it contradicts it or the original is itself
                // invalid. Alone: valid when complete, as any brief.
                let valid = original.map { original in
                    !found.contains { $0.severity == .error } && site.briefs.contains { $0.sourcePath == original.sourcePath }
                } ?? complete
                if valid { translations.briefs.append(brief) } else { translations.invalidBriefs.append(brief) }
            case "people":
                guard let original = people[entry.slug] else {
                    diagnostics.append(missingOriginal(entry, "content/people/\(entry.slug).md"))
                    break
                }
                let (person, found) = PersonDecoder.decode(bytes, path: entry.path, id: entry.slug, inheritedName: original.name)
                diagnostics += found
                if let person { translations.people.append(Self.merge(person, over: original, present: presentKeys(bytes, entry.path))) }
            case "centres":
                guard let original = centres[entry.slug] else {
                    diagnostics.append(missingOriginal(entry, "content/centres/\(entry.slug).md"))
                    break
                }
                let (centre, found) = CentreDecoder.decode(bytes, path: entry.path, id: entry.slug, inheritedName: original.name)
                diagnostics += found
                if let centre { translations.centres.append(Self.merge(centre, over: original, present: presentKeys(bytes, entry.path))) }
            case "pages":
                let original = pages[entry.slug]
                var (page, found) = PageDecoder.decode(bytes, path: entry.path, defaultSlug: original?.slug ?? entry.slug,
                                                       inheritedTitle: original?.title)
                if let original, let own = page, own.slug != original.slug {
                    found.append(.error("translation-mismatch",
                        "a translation keeps its original's slug (`\(original.slug)`, \(original.sourcePath)); it is `\(own.slug)` here", at: at))
                    page = nil
                }
                diagnostics += found
                if var page {
                    if let alias = page.aliases.first {
                        diagnostics.append(.warning("translation-aliases",
                            "a translation has no old addresses of its own: put `aliases:` on the original, whose page they lead to",
                            at: alias.location))
                    }
                    if let original { page = Self.merge(page, over: original, present: presentKeys(bytes, entry.path)) }
                    page.aliases = []
                    translations.pages.append(page)
                }
            default:
                break
            }
            result[code] = translations
        }
        // A translation of a brief whose original is not published goes with it (a draft's
        // translation is a draft, since it inherits `draft`); briefs in one language only stay.
        return result.filter { !$0.value.isEmpty }
    }

    private func missingOriginal(_ entry: Entry, _ original: String) -> Diagnostic {
        .error("translation-without-original",
               "this translates `\(entry.slug)`, but there is no \(original): a person or centre is written in the default language first",
               at: SourceLocation(file: entry.path, line: 1, column: 1))
    }

    /// The front-matter keys a file sets.
    private func presentKeys(_ bytes: [UInt8], _ path: String) -> Set<String> {
        var ignored: [Diagnostic] = []
        guard let file = ContentFile.read(bytes, path: path, what: "a translation", diagnostics: &ignored) else { return [] }
        return Set(file.fields.valueLocations.keys)
    }

    static func briefStem(_ brief: Brief) -> String {
        if let bundle = brief.bundleDirectory { return String(bundle.split(separator: "/").last ?? "") }
        return fileStem(brief.sourcePath)
    }

    static func fileStem(_ path: String) -> String {
        let name = path.split(separator: "/").last.map(String.init) ?? path
        return name.hasSuffix(".md") ? String(name.dropLast(3)) : name
    }

    static func merge(_ person: Person, over original: Person, present: Set<String>) -> Person {
        var merged = original
        // Without a text of its own, the translation shows the original's (from its file).
        if !person.body.isEmpty {
            merged.sourcePath = person.sourcePath
            merged.body = person.body
            merged.bodyStartLine = person.bodyStartLine
        }
        if present.contains("name") { merged.name = person.name }
        if present.contains("family_name") { merged.familyName = person.familyName }
        if present.contains("given_name") { merged.givenName = person.givenName }
        if present.contains("role") { merged.role = person.role }
        if present.contains("links") { merged.links = person.links }
        if present.contains("extra") { merged.extra = person.extra }
        return merged
    }

    static func merge(_ centre: Centre, over original: Centre, present: Set<String>) -> Centre {
        var merged = original
        // Without a text of its own, the translation shows the original's (from its file).
        if !centre.body.isEmpty {
            merged.sourcePath = centre.sourcePath
            merged.body = centre.body
            merged.bodyStartLine = centre.bodyStartLine
        }
        if present.contains("name") { merged.name = centre.name }
        if present.contains("short_name") { merged.shortName = centre.shortName }
        if present.contains("extra") { merged.extra = centre.extra }
        return merged
    }

    static func merge(_ page: Page, over original: Page, present: Set<String>) -> Page {
        var merged = original
        merged.sourcePath = page.sourcePath
        merged.body = page.body
        merged.bodyStartLine = page.bodyStartLine
        merged.aliases = []
        if present.contains("title") { merged.title = page.title }
        if present.contains("summary") { merged.summary = page.summary }
        if present.contains("draft") { merged.draft = page.draft }
        if present.contains("extra") { merged.extra = page.extra }
        return merged
    }
}
