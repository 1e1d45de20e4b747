import Foundation
import Hummingbird
import HummingbirdTesting
import Testing
@testable import PreviewServer

/// While the content has errors every served page shows them over the last good build; the
/// overlay goes away by itself once they are fixed.
@Suite struct OverlayTests {
    @Test func aBrokenEditShowsTheOverlayAndAFixRemovesIt() async throws {
        let (server, root, _) = try TestSites.builtServer()
        let session = server.session
        let app = Application(responder: server.responder)
        let brief = "content/briefs/gas-prices.md"
        let original = try String(contentsOf: root.appendingPathComponent(brief), encoding: .utf8)
        try await app.test(.router) { client in
            let good = try await client.execute(uri: "/research/briefs/gas-prices/", method: .get) { String(buffer: $0.body) }
            #expect(!good.contains("role=\"alertdialog\""))

            try TestSites.write(root, brief, original.replacingOccurrences(of: "authors: [zara-baloch, ali-raza]",
                                                                           with: "authors: [zara-balooch, ali-raza]"))
            session.changed([brief])
            session.waitUntilIdle()
            #expect(session.status.snapshot.errors.count == 1)
            for uri in ["/research/briefs/gas-prices/", "/research/", "/research/no-such-page/"] {
                let page = try await client.execute(uri: uri, method: .get) { String(buffer: $0.body) }
                #expect(page.contains("<div id=\"imprint-error-overlay\" role=\"alertdialog\""), "\(uri)")
                #expect(page.contains("content/briefs/gas-prices.md:4:11"), "\(uri)")
                #expect(page.contains("unknown person `zara-balooch`; did you mean `zara-baloch`?"), "\(uri)")
                #expect(page.contains("authors: [zara-balooch, ali-raza]"), "the offending line, in \(uri)")
            }
            // The last good page is underneath.
            let broken = try await client.execute(uri: "/research/briefs/gas-prices/", method: .get) { String(buffer: $0.body) }
            #expect(broken.contains("Zara"))

            try TestSites.write(root, brief, original)
            session.changed([brief])
            session.waitUntilIdle()
            #expect(session.status.snapshot.errors.isEmpty)
            let fixed = try await client.execute(uri: "/research/briefs/gas-prices/", method: .get) { String(buffer: $0.body) }
            #expect(!fixed.contains("role=\"alertdialog\""))
            #expect(fixed == good.replacingOccurrences(of: "var generation = 1;", with: "var generation = 3;"))
        }
    }

    @Test func theOverlayEscapesWhatItShows() throws {
        let root = TestSites.temporaryDirectory()
        try TestSites.write(root, "content/briefs/x.md", "---\ntitle: <script>alert(1)</script>\n---\n")
        let html = ErrorOverlay(siteRoot: root).html([
            .error("test", "bad <b>thing</b> & \"quotes\"", at: .init(file: "content/briefs/x.md", line: 2, column: 8)),
            .warning("warn", "only a warning", at: .init(file: "content/briefs/x.md")),
        ])
        #expect(html.contains("bad &lt;b&gt;thing&lt;/b&gt; &amp; &quot;quotes&quot;"))
        #expect(html.contains("title: &lt;script&gt;alert(1)&lt;/script&gt;"))
        #expect(!html.contains("<script>"))
        #expect(!html.contains("only a warning"))
        #expect(html.contains("1 error"))
    }

    @Test func aSiteThatNeverBuiltServesAPlaceholderWithTheOverlay() async throws {
        let root = try TestSites.golden()
        try TestSites.write(root, "site.yaml", "title: [unclosed\n")
        let (server, _, _) = try TestSites.builtServer(site: root)
        #expect(!server.session.status.snapshot.errors.isEmpty)
        let app = Application(responder: server.responder)
        try await app.test(.router) { client in
            try await client.execute(uri: "/", method: .get) { response in
                #expect(response.status == .serviceUnavailable)
                #expect(String(buffer: response.body).contains("imprint-error-overlay\" role"))
                #expect(String(buffer: response.body).contains("site.yaml"))
            }
        }
    }
}
