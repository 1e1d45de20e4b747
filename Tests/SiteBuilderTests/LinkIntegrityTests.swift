import Foundation
import Testing
@testable import SiteBuilder
import SiteModel

/// Every link in the built sample site leads somewhere: `#fragments` to an id on the page,
/// root-relative URLs to a written file, and no id appears twice on a page.
@Suite struct LinkIntegrityTests {
    static func attribute(_ name: String, in html: String) -> [String] {
        let pattern = try! NSRegularExpression(pattern: "\\s\(name)=\"([^\"]*)\"")
        let range = NSRange(html.startIndex..., in: html)
        return pattern.matches(in: html, range: range).compactMap {
            Range($0.range(at: 1), in: html).map { String(html[$0]) }
        }
    }

    func build(_ site: URL) throws -> URL {
        let output = FixturePaths.temporaryDirectory().appendingPathComponent("public")
        let result = SiteBuild(options: BuildOptions(siteRoot: site, output: output, jobs: 2)).run()
        #expect(!result.hasErrors, "\(result.diagnostics)")
        try #require(result.wrote)
        return output
    }

    func checkLinks(in output: URL, basePath: String) throws {
        for file in FixturePaths.files(under: output) where file.hasSuffix(".html") {
            let html = try String(contentsOf: output.appendingPathComponent(file), encoding: .utf8)
            let ids = Self.attribute("id", in: html)
            #expect(Set(ids).count == ids.count, "duplicate ids in \(file)")
            for href in Self.attribute("href", in: html) + Self.attribute("src", in: html) {
                let unescaped = href.replacingOccurrences(of: "&amp;", with: "&")
                if unescaped.hasPrefix("#") {
                    #expect(ids.contains(String(unescaped.dropFirst())), "\(file): \(href) has no target")
                } else if unescaped.hasPrefix(basePath) {
                    var path = String(unescaped.dropFirst(basePath.count))
                    if let hash = path.firstIndex(of: "#") { path = String(path[..<hash]) }
                    if path.isEmpty || path.hasSuffix("/") { path += "index.html" }
                    let target = output.appendingPathComponent(path.removingPercentEncoding ?? path)
                    #expect(FileManager.default.fileExists(atPath: target.path), "\(file): \(href) leads nowhere")
                }
            }
        }
    }

    @Test func sampleSiteLinksResolve() throws {
        let output = try build(FixturePaths.packageRoot)
        try checkLinks(in: output, basePath: "/")
    }

    @Test func goldenSiteLinksResolveUnderABasePath() throws {
        let output = try build(FixturePaths.fixtures.appendingPathComponent("golden-site/input"))
        try checkLinks(in: output, basePath: "/research/")
    }
}

@Suite struct ByteSearchTests {
    @Test func findsContainsAndReplaces() {
        #expect(ByteSearch.contains("<img", in: "text <img src=x>"))
        #expect(!ByteSearch.contains("<img", in: "text <im g>"))
        #expect(ByteSearch.replace("<a href=", with: "<a x href=", in: "é<a href=1> <a href=2>") == "é<a x href=1> <a x href=2>")
        #expect(ByteSearch.replace("zz", with: "y", in: "abc") == "abc")
    }
}

/// What makes an external link malformed, one reason each.
@Suite struct ExternalURLProblemTests {
    @Test func eachProblemIsNamed() {
        #expect(LinkChecker.externalProblem("https://example.org/a b") == "it contains spaces")
        #expect(LinkChecker.externalProblem("https://example.org/a\tb") == "it contains spaces")
        #expect(LinkChecker.externalProblem("https:///path") == "it has no host name")
        #expect(LinkChecker.externalProblem("https://.example.org/") == "the host name `.example.org` is invalid")
        #expect(LinkChecker.externalProblem("https://example..org/") == "the host name `example..org` is invalid")
        #expect(LinkChecker.externalProblem("https://example.org../") == "the host name `example.org..` is invalid")
        #expect(LinkChecker.externalProblem("https://intranet/") == "the host name `intranet` has no domain")
    }

    @Test func wellFormedLinksPass() {
        for url in ["https://example.org/", "http://localhost:8080/x", "https://sub.example.org/a?b=c#d",
                    "https://example.org./", "https://xn--dgrd-sra.example/"] {
            #expect(LinkChecker.externalProblem(url) == nil, "\(url)")
        }
    }
}
