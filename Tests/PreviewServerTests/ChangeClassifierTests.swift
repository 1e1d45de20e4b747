import Testing
@testable import PreviewServer

@Suite struct ChangeClassifierTests {
    let before: Set<String> = [
        "site.yaml", "content/briefs/a.md", "content/briefs/b/index.md", "content/briefs/b/chart.svg",
        "content/people/ana.md", "content/centres/water.md", "content/pages/about.md",
        "templates/brief.mustache", "templates/partials/byline.mustache", "static/css/site.css",
    ]

    func classify(_ paths: [String], now: Set<String>, folders: [String: [String]] = [:]) -> [SiteChange] {
        var classifier = ChangeClassifier(known: before)
        return classifier.classify(paths, exists: { now.contains($0) }, filesBelow: { folders[$0] })
    }

    @Test func classifiesEachKindOfSource() {
        let all = before
        #expect(classify(["content/briefs/a.md"], now: all) == [SiteChange(.brief("a"), .edited, path: "content/briefs/a.md")])
        #expect(classify(["content/briefs/b/index.md"], now: all) == [SiteChange(.brief("b"), .edited, path: "content/briefs/b/index.md")])
        #expect(classify(["content/briefs/b/chart.svg"], now: all)
            == [SiteChange(.bundleFile(slug: "b", path: "content/briefs/b/chart.svg"), .edited, path: "content/briefs/b/chart.svg")])
        #expect(classify(["content/people/ana.md"], now: all) == [SiteChange(.person("ana"), .edited, path: "content/people/ana.md")])
        #expect(classify(["content/centres/water.md"], now: all) == [SiteChange(.centre("water"), .edited, path: "content/centres/water.md")])
        #expect(classify(["content/pages/about.md"], now: all) == [SiteChange(.page("about"), .edited, path: "content/pages/about.md")])
        #expect(classify(["templates/brief.mustache"], now: all) == [SiteChange(.template("brief"), .edited, path: "templates/brief.mustache")])
        #expect(classify(["templates/partials/byline.mustache"], now: all)
            == [SiteChange(.template("byline"), .edited, path: "templates/partials/byline.mustache")])
        #expect(classify(["static/css/site.css"], now: all) == [SiteChange(.staticFile("css/site.css"), .edited, path: "static/css/site.css")])
        #expect(classify(["site.yaml"], now: all) == [SiteChange(.siteConfig, .edited, path: "site.yaml")])
        #expect(classify([""], now: all) == [SiteChange(.everything, .edited, path: "")])
    }

    @Test func tellsAdditionsDeletionsAndRenamesApart() {
        #expect(classify(["content/briefs/new.md"], now: before.union(["content/briefs/new.md"]))
            == [SiteChange(.brief("new"), .added, path: "content/briefs/new.md")])
        #expect(classify(["content/briefs/a.md"], now: before.subtracting(["content/briefs/a.md"]))
            == [SiteChange(.brief("a"), .deleted, path: "content/briefs/a.md")])
        #expect(classify(["content/briefs/a.md", "content/briefs/a2.md"],
                         now: before.subtracting(["content/briefs/a.md"]).union(["content/briefs/a2.md"]))
            == [SiteChange(.brief("a2"), .renamed(from: "a"), path: "content/briefs/a2.md")])
        #expect(SiteChange(.brief("a2"), .renamed(from: "a"), path: "x").description == "brief a renamed to a2")
    }

    @Test func aFolderStandsForTheFilesInIt() {
        // A bundle moved away: its folder is reported, its files are gone.
        let gone = before.subtracting(["content/briefs/b/index.md", "content/briefs/b/chart.svg"])
        let changes = classify(["content/briefs/b"], now: gone)
        #expect(changes.contains(SiteChange(.brief("b"), .deleted, path: "content/briefs/b/index.md")))
        #expect(changes.count == 2)
        // A new bundle folder: its files are added.
        let added = before.union(["content/briefs/c/index.md"])
        #expect(classify(["content/briefs/c"], now: added, folders: ["content/briefs/c": ["content/briefs/c/index.md"]])
            == [SiteChange(.brief("c"), .added, path: "content/briefs/c/index.md")])
    }

    @Test func ignoresWhatIsNotTheSites() {
        #expect(classify(["content/briefs/.a.md.swp", "public/index.html", ".imprint-cache/x", "content/briefs/a.md"],
                         now: before.union(["content/briefs/.a.md.swp"])) == [SiteChange(.brief("a"), .edited, path: "content/briefs/a.md")])
        #expect(classify(["content/briefs/never.md"], now: before).isEmpty, "created and deleted within one batch")
    }

    @Test func copiedFilesAreTold() {
        #expect(SiteChange(.staticFile("css/site.css"), .edited, path: "static/css/site.css").isCopiedFile)
        #expect(SiteChange(.bundleFile(slug: "b", path: "content/briefs/b/chart.svg"), .edited, path: "").isCopiedFile)
        #expect(!SiteChange(.brief("a"), .edited, path: "content/briefs/a.md").isCopiedFile)
    }
}
