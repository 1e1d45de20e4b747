import Foundation
import SiteModel

/// Walks a site folder (site.yaml, content/, templates/, static/) and decodes every file, collecting all diagnostics.
public struct SiteLoader: Sendable {
    public let folder: SiteFolder
    public let jobs: Int

    /// Decoded files kept between loads (`imprint serve`); nil decodes everything.
    public let cache: LoadCache?

    /// Whether briefs keep their Markdown. A build that renders each body as it goes reads it
    /// again with `briefBody(of:)` instead, so the site's bodies are never all in memory.
    public let keepsBriefBodies: Bool

    public init(root: URL, jobs: Int = ProcessInfo.processInfo.activeProcessorCount, cache: LoadCache? = nil,
                keepsBriefBodies: Bool = true) {
        // The cache keeps decoded briefs for serve, which keeps their bodies: a bodiless load
        // sharing it would hand serve empty bodies.
        precondition(cache == nil || keepsBriefBodies, "a load without bodies takes no cache")
        folder = SiteFolder(root: root)
        self.jobs = jobs
        self.cache = cache
        self.keepsBriefBodies = keepsBriefBodies
    }

    public struct Result: Sendable {
        /// Nil only when site.yaml itself is unusable.
        public var site: Site?
        public var diagnostics: [Diagnostic]
        /// Each brief's body fingerprint by source path, when bodies are not kept.
        public var briefBodies: [String: BodyFingerprint] = [:]
    }

    /// A file to decode: its path, the slug its name gives, and its bundle folder; for a
    /// translation (`<slug>.ur.md`, `<slug>/index.ur.md`), the language its name gives.
    struct Entry: Sendable {
        var path: String
        var slug: String
        var bundle: String?
        var language: String? = nil
    }

    public func load() -> Result {
        cache?.beginLoad()
        defer { cache?.endLoad() }
        var diagnostics: [Diagnostic] = []
        let (config, configDiagnostics) = SiteConfigDecoder.decode(folder.read("site.yaml"))
        diagnostics += configDiagnostics

        var translated: [Entry] = []
        let briefEntries = briefFiles(&diagnostics, translations: &translated)
        let keepsBodies = keepsBriefBodies
        // A brief's front matter reads as the site's taxonomies say: a cached decode made under
        // other taxonomies is not reused.
        let taxonomies = config?.declaredTaxonomies ?? []
        let decodedBriefs = decoded(briefEntries, kind: "brief", parallel: true, &diagnostics, stamp: !keepsBodies,
                                    keyTail: taxonomies.joined(separator: ",")) {
            entry, bytes, stamp in
            var result = BriefDecoder.decode(bytes, path: entry.path, defaultSlug: entry.slug, bundleDirectory: entry.bundle,
                                             taxonomies: taxonomies)
            let fingerprint = result.0.map {
                BodyFingerprint(stamp: stamp, byteCount: $0.body.utf8.count, startLine: $0.bodyStartLine)
            }
            if !keepsBodies { result.0?.body = "" }
            return (result, fingerprint)
        }
        var briefs: [Brief] = []
        var invalidBriefs: [Brief] = []
        var bodies: [String: BodyFingerprint] = [:]
        for ((brief, complete, ds), fingerprint) in decodedBriefs {
            diagnostics += ds
            guard let brief else { continue }
            if !keepsBodies { bodies[brief.sourcePath] = fingerprint }
            if complete { briefs.append(brief) } else { invalidBriefs.append(brief) }
        }
        diagnostics += duplicateSlugs(briefs.map { ($0.slug, $0.sourcePath) }, kind: "brief")

        var people: [Person] = []
        let personEntries = flatFiles("content/people", &diagnostics, translations: &translated)
        for (person, ds) in decoded(personEntries, kind: "people", parallel: false, &diagnostics, { entry, bytes, _ in
            PersonDecoder.decode(bytes, path: entry.path, id: entry.slug)
        }) {
            diagnostics += ds
            if let person { people.append(person) }
        }
        var centres: [Centre] = []
        let centreEntries = flatFiles("content/centres", &diagnostics, translations: &translated)
        for (centre, ds) in decoded(centreEntries, kind: "centres", parallel: false, &diagnostics, { entry, bytes, _ in
            CentreDecoder.decode(bytes, path: entry.path, id: entry.slug)
        }) {
            diagnostics += ds
            if let centre { centres.append(centre) }
        }
        var pages: [Page] = []
        let pageEntries = flatFiles("content/pages", &diagnostics, translations: &translated)
        for (page, ds) in decoded(pageEntries, kind: "pages", parallel: false, &diagnostics, { entry, bytes, _ in
            PageDecoder.decode(bytes, path: entry.path, defaultSlug: entry.slug)
        }) {
            diagnostics += ds
            if let page { pages.append(page) }
        }
        diagnostics += duplicateSlugs(pages.map { ($0.slug, $0.sourcePath) }, kind: "page")
        if !folder.isDirectory("content") {
            diagnostics.append(.error("missing-content", "the site has no content/ folder",
                                      at: SourceLocation(file: "content", line: 1, column: 1)))
        }

        let data = DataFiles.load(folder, &diagnostics)
        guard let config else { return Result(site: nil, diagnostics: diagnostics) }
        var site = Site(root: folder.root.path, config: config, briefs: briefs, people: people,
                        centres: centres, pages: pages, invalidBriefs: invalidBriefs)
        site.data = data
        site.translations = loadTranslations(translated, into: site, &diagnostics)
        site.interfaceOverrides = InterfaceStringsDecoder.load(folder, languages: config.languages, &diagnostics)
        return Result(site: site, diagnostics: diagnostics, briefBodies: bodies)
    }

    /// Reads and decodes one brief file (`content/briefs/<slug>.md` or `…/<slug>/index.md`) as
    /// `load` would; nil when it is not such a file, cannot be read or leads out of the site.
    public func decodeBrief(at path: String, taxonomies: [String]) -> (brief: Brief?, complete: Bool, diagnostics: [Diagnostic])? {
        let dir = "content/briefs/"
        guard path.hasPrefix(dir), folder.staysInside(path), let bytes = folder.read(path) else { return nil }
        let parts = path.dropFirst(dir.count).split(separator: "/", omittingEmptySubsequences: false)
        let (slug, bundle): (String, String?)
        if parts.count == 2, parts[1] == "index.md" {
            (slug, bundle) = (String(parts[0]), dir + parts[0])
        } else if parts.count == 1, parts[0].hasSuffix(".md") {
            (slug, bundle) = (String(parts[0].dropLast(3)), nil)
        } else {
            return nil
        }
        let (brief, complete, diagnostics) = BriefDecoder.decode(bytes, path: path, defaultSlug: slug, bundleDirectory: bundle,
                                                                 taxonomies: taxonomies)
        return (brief, complete, diagnostics)
    }

    /// The Markdown body of the brief file at `path` read again, split off its front matter as
    /// `load` does, provided the file is the one `load` read: the same `stat` (taken before
    /// each read) and a body of the same length starting on the same line.
    public func briefBody(at path: String, loaded: BodyFingerprint?) -> Swift.Result<String, BriefBodyProblem> {
        guard folder.staysInside(path) else { return .failure(folder.exists(path) ? .outside : .unreadable) }
        let stamp = FileStamp(path: folder.path(path))
        guard let bytes = folder.read(path) else { return .failure(.unreadable) }
        guard let loaded, let stamp, stamp == loaded.stamp,
              case .success(let source) = SourceText.decode(bytes, path: path),
              case .success(let split) = FrontMatter.split(source),
              split.bodyStartLine == loaded.startLine, split.body.utf8.count == loaded.byteCount
        else { return .failure(.changed) }
        return .success(split.body)
    }

    /// `briefs/<slug>.md` files and `briefs/<slug>/index.md` bundles; their translations go to
    /// `translations`.
    private func briefFiles(_ diagnostics: inout [Diagnostic], translations: inout [Entry]) -> [Entry] {
        let dir = "content/briefs"
        var entries: [Entry] = []
        for name in folder.list(dir) {
            let path = dir + "/" + name
            if folder.isDirectory(path) {
                let index = path + "/index.md"
                let translated = folder.list(path).compactMap { file -> Entry? in
                    guard let (stem, language) = Self.translationName(file), stem == "index" else { return nil }
                    return Entry(path: path + "/" + file, slug: name, bundle: path, language: language)
                }
                translations += translated
                if !translated.isEmpty, !folder.exists(index) { continue }
                guard folder.exists(index) else {
                    diagnostics.append(.error("bundle-without-index",
                        "the folder \(path)/ has no index.md, so it is not a brief", at: SourceLocation(file: path)))
                    continue
                }
                entries.append(Entry(path: index, slug: name, bundle: path))
            } else if let (stem, language) = Self.translationName(name) {
                translations.append(Entry(path: path, slug: stem, bundle: nil, language: language))
            } else if name.hasSuffix(".md") {
                entries.append(Entry(path: path, slug: String(name.dropLast(3)), bundle: nil))
            } else {
                diagnostics.append(.warning("stray-file",
                    "\(name) is not a Markdown file; images belong in a bundle folder (briefs/<slug>/) or in static/",
                    at: SourceLocation(file: path)))
            }
        }
        return validSlugs(entries, &diagnostics)
    }

    /// `<folder>/<id>.md` files; their translations (`<id>.ur.md`) go to `translations`.
    private func flatFiles(_ dir: String, _ diagnostics: inout [Diagnostic], translations: inout [Entry]) -> [Entry] {
        var entries: [Entry] = []
        for name in folder.list(dir) {
            let path = dir + "/" + name
            if !folder.isDirectory(path), let (stem, language) = Self.translationName(name) {
                translations.append(Entry(path: path, slug: stem, bundle: nil, language: language))
            } else if name.hasSuffix(".md"), !folder.isDirectory(path) {
                entries.append(Entry(path: path, slug: String(name.dropLast(3)), bundle: nil))
            } else {
                diagnostics.append(.warning("stray-file", "\(name) is not a Markdown file and is ignored",
                                            at: SourceLocation(file: path)))
            }
        }
        return validSlugs(entries, &diagnostics)
    }

    private func validSlugs(_ entries: [Entry], _ diagnostics: inout [Diagnostic]) -> [Entry] {
        entries.filter { entry in
            if Slug.isValid(entry.slug) { return true }
            diagnostics.append(.error("invalid-slug",
                "`\(entry.slug)` is not a valid slug: use only lowercase letters, digits and hyphens in file and folder names",
                at: SourceLocation(file: entry.path)))
            return false
        }
    }

    /// Reads and decodes each file (or takes it from the cache), refusing symbolic links that
    /// lead out of the site; results keep the order of `entries`.
    /// With `stamp`, each file's `stat` is taken before it is read and handed to `decode`.
    private func decoded<T: Sendable>(_ entries: [Entry], kind: String, parallel: Bool, _ diagnostics: inout [Diagnostic],
                                      stamp: Bool = false, keyTail: String = "",
                                      _ decode: @escaping @Sendable (Entry, [UInt8], FileStamp?) -> T) -> [T] {
        let folder = self.folder, cache = self.cache
        let rootPath = folder.root.path + "/"
        // Checking, reading and decoding all happen in the worker: reading a thousand files one
        // after another was most of the load phase.
        let work: @Sendable (Entry) -> LoadCache.Lookup<T> = { entry in
            let inside = { folder.staysInside(entry.path) }, read = { folder.read(entry.path) }
            guard let cache else {
                guard inside() else { return .outside }
                let before = stamp ? FileStamp(path: rootPath + entry.path) : nil
                guard let bytes = read() else { return .unreadable }
                return .value(decode(entry, bytes, before))
            }
            return cache.value(entry.path, absolutePath: rootPath + entry.path, kind: kind, key: entry.slug + "|" + (entry.bundle ?? "") + "|" + keyTail,
                               inside: inside, read: read, decode: { decode(entry, $0, nil) })
        }
        let results = parallel ? entries.concurrentMap(jobs: jobs, work) : entries.map(work)
        var values: [T] = []
        for (entry, result) in zip(entries, results) {
            switch result {
            case .value(let value): values.append(value)
            case .outside: diagnostics.append(Self.outsideSite(entry.path))
            case .unreadable: diagnostics.append(Self.unreadable(entry.path))
            }
        }
        return values
    }

    /// A content file that is a symbolic link leading out of the site folder.
    public static func outsideSite(_ file: String) -> Diagnostic {
        .error("link-outside-site", "this is a symbolic link to a file outside the site folder; it is not read",
               at: SourceLocation(file: file))
    }

    /// A symbolic link out of the site among the files a build copies or reads whole (`static/`,
    /// `templates/`, a bundle's folder): skipped, not read or published, and said so.
    public static func outsideSiteSkipped(_ file: String) -> Diagnostic {
        .warning("link-outside-site", "this is a symbolic link that leads out of the site folder (or nowhere); it is skipped, not read or published",
                 at: SourceLocation(file: file))
    }

    static func unreadable(_ file: String) -> Diagnostic {
        .error("unreadable-file", "the file could not be read", at: SourceLocation(file: file))
    }

    private func duplicateSlugs(_ items: [(String, String)], kind: String) -> [Diagnostic] {
        var first: [String: String] = [:]
        var result: [Diagnostic] = []
        for (slug, path) in items {
            if let other = first[slug] {
                result.append(.error("duplicate-slug",
                    "another \(kind) already has the slug `\(slug)` (\(other)); each URL must be unique",
                    at: SourceLocation(file: path)))
            } else {
                first[slug] = path
            }
        }
        return result
    }
}
