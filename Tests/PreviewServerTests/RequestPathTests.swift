import Testing
@testable import PreviewServer

@Suite struct RequestPathTests {
    @Test func mapsURLsToFilesBelowTheBasePath() {
        #expect(RequestPath.resolve("/", basePath: "/") == .file("index.html"))
        #expect(RequestPath.resolve("/briefs/", basePath: "/") == .file("briefs/index.html"))
        #expect(RequestPath.resolve("/css/site.css", basePath: "/") == .file("css/site.css"))
        #expect(RequestPath.resolve("/research/briefs/x/", basePath: "/research/") == .file("briefs/x/index.html"))
        #expect(RequestPath.resolve("/research", basePath: "/research/") == .redirect("/research/"))
        #expect(RequestPath.resolve("/", basePath: "/research/") == .redirect("/research/"))
        #expect(RequestPath.resolve("/other/", basePath: "/research/") == .notFound)
        #expect(RequestPath.resolve("/topics/climate%20finance/", basePath: "/") == .file("topics/climate finance/index.html"))
        #expect(RequestPath.resolve("/caf%C3%A9.html", basePath: "/") == .file("café.html"))
    }

    @Test func refusesWhatCouldLeaveTheFolder() {
        let bad = ["/..", "/../x", "/a/../../x", "/%2e%2e/x", "/%2E%2e/x", "/.%2e/x", "/a/%2e%2e",
                   "/a%2fb", "/a%2Fb", "/a\\b", "/a%5cb", "/a%5Cb", "/a%00b", "/a\u{0}b", "/a%0ab", "/a%7f",
                   "/%", "/%4", "/%zz", "/./x", "/%2e/x", "/%ff%fe", "x", ""]
        for path in bad {
            #expect(RequestPath.resolve(path, basePath: "/") == .badRequest, "\(path)")
        }
        #expect(RequestPath.resolve("/.git/config", basePath: "/") == .notFound)
        #expect(RequestPath.resolve("/a/.hidden", basePath: "/") == .notFound)
        #expect(RequestPath.resolve("//etc/passwd", basePath: "/") == .notFound)
        #expect(RequestPath.resolve("/a//b", basePath: "/") == .notFound)
    }
}
