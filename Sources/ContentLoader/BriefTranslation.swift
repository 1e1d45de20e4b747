import SiteModel

/// A brief's translation over its original (DESIGN §7): the translation's own fields where it
/// sets them, the original's for the rest; its body, file and language always its own.
enum BriefTranslation {
    static func merge(_ translation: Brief, over original: Brief, taxonomies: [String]) -> Brief {
        let set = Set(translation.fieldLocations.keys)
        var merged = original
        merged.sourcePath = translation.sourcePath
        merged.bundleDirectory = translation.bundleDirectory ?? original.bundleDirectory
        merged.body = translation.body
        merged.bodyStartLine = translation.bodyStartLine
        merged.fieldLocations = original.fieldLocations.merging(translation.fieldLocations) { _, own in own }
        func take<T>(_ key: String, _ path: WritableKeyPath<Brief, T>) {
            if set.contains(key) { merged[keyPath: path] = translation[keyPath: path] }
        }
        take("title", \.title)
        take("subtitle", \.subtitle)
        take("date", \.date)
        take("updated", \.updated)
        take("authors", \.authors)
        take("editors", \.editors)
        take("centre", \.centre)
        take("type", \.type)
        take("number", \.number)
        take("topics", \.topics)
        take("regions", \.regions)
        take("summary", \.summary)
        take("image", \.image)
        take("disclaimer", \.disclaimer)
        take("doi", \.doi)
        take("keywords", \.keywords)
        take("draft", \.draft)
        take("publish_at", \.publishAt)
        // Correction notices are text, and may link into the original's body: a translation
        // gives its own, in its language, or none.
        merged.corrections = translation.corrections
        take("extra", \.extra)
        take("pdf", \.pdf)
        // Never published before its original: a draft's translation is a draft, and an
        // embargoed brief's waits for the later of the two releases.
        merged.draft = original.draft || merged.draft
        if let own = merged.publishAt, let theirs = original.publishAt, theirs.instant > own.instant { merged.publishAt = theirs }
        // Old addresses belong to the original's page (a translation's would land under its
        // language's folder, where nothing points): a translation has none.
        merged.aliases = []
        for name in taxonomies where set.contains(name) { merged.terms[name] = translation.terms[name] }
        return merged
    }

    /// Text a translation shows in its original's language because it does not set it: a
    /// warning each, so an English subtitle does not go out on an Urdu page unnoticed.
    static func untranslated(_ translation: Brief, original: Brief) -> [Diagnostic] {
        let set = translation.fieldLocations
        var texts: [(key: String, text: String?)] = [("title", original.title), ("subtitle", original.subtitle), ("summary", original.summary)]
        texts.append(("image", original.image?.alt))
        if case .custom(let text) = original.disclaimer { texts.append(("disclaimer", text)) }
        return texts.compactMap { key, text in
            guard let text, !text.isEmpty, set[key] == nil else { return nil }
            let shown = text.count > 60 ? text.prefix(57) + "…" : Substring(text)
            return .warning("untranslated",
                "`\(key)\(key == "image" ? ": { alt }" : "")` is not translated, so the original's is shown (“\(shown)”)",
                at: SourceLocation(file: translation.sourcePath, line: 1, column: 1))
        }
    }

    /// `aliases:` in a translation, which is not read.
    static func ignoredAliases(_ translation: Brief) -> [Diagnostic] {
        guard let at = translation.fieldLocations["aliases"] else { return [] }
        return [.warning("translation-aliases",
                         "a translation has no old addresses of its own: put `aliases:` on the original, whose page they lead to",
                         at: at)]
    }

    /// What a translation may not change: it is the same brief, at the same address, of the same type.
    static func contradictions(_ translation: Brief, original: Brief) -> [Diagnostic] {
        var found: [Diagnostic] = []
        if let at = translation.fieldLocations["slug"], translation.slug != original.slug {
            found.append(.error("translation-mismatch",
                "a translation keeps its original's slug (`\(original.slug)`, \(original.sourcePath)); it is `\(translation.slug)` here",
                at: at))
        }
        if let type = translation.type, translation.fieldLocations["type"] != nil, type.value != original.type?.value {
            found.append(.error("translation-mismatch",
                "a translation keeps its original's type (`\(original.type?.value ?? "the site's first")`, \(original.sourcePath)); it is `\(type.value)` here",
                at: type.location))
        }
        return found
    }
}
