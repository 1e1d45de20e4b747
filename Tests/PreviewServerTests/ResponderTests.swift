import Foundation
import Hummingbird
import HummingbirdTesting
import Testing
@testable import PreviewServer

/// The preview server's HTTP side, in process: content types, folders, the 404 page, no
/// listings, traversal attempts, methods, and what is injected into served HTML.
@Suite struct ResponderTests {
    func withApp(_ test: @escaping @Sendable (any TestClientProtocol, URL) async throws -> Void) async throws {
        let (server, _, output) = try TestSites.builtServer()
        let app = Application(responder: server.responder)
        try await app.test(.router) { client in try await test(client, output) }
    }

    @Test func servesPagesAndFilesWithTheirContentTypes() async throws {
        try await withApp { client, _ in
            let cases: [(String, String)] = [
                ("/research/", "text/html; charset=utf-8"),
                ("/research/briefs/grid-reform/", "text/html; charset=utf-8"),
                ("/research/briefs/grid-reform/index.html", "text/html; charset=utf-8"),
                ("/research/css/site.css", "text/css; charset=utf-8"),
                ("/research/favicon.svg", "image/svg+xml"),
                ("/research/briefs/grid-reform/chart.svg", "image/svg+xml"),
            ]
            for (uri, type) in cases {
                try await client.execute(uri: uri, method: .get) { response in
                    #expect(response.status == .ok, "\(uri)")
                    #expect(response.headers[.contentType] == type, "\(uri)")
                    #expect(response.headers[.contentLength] == String(response.body.readableBytes), "\(uri)")
                    #expect(response.headers[.cacheControl] == "no-store")
                }
            }
        }
    }

    @Test func foldersWithoutTheSlashRedirect() async throws {
        try await withApp { client, _ in
            try await client.execute(uri: "/research/briefs", method: .get) { response in
                #expect(response.status == .movedPermanently)
                #expect(response.headers[.location] == "/research/briefs/")
            }
            for uri in ["/", "/research"] {
                try await client.execute(uri: uri, method: .get) { response in
                    #expect(response.status == .movedPermanently)
                    #expect(response.headers[.location] == "/research/")
                }
            }
        }
    }

    @Test func missingPagesGetTheSites404PageWithStatus404() async throws {
        try await withApp { client, _ in
            for uri in ["/research/no-such-page/", "/research/briefs/missing.html", "/elsewhere/"] {
                try await client.execute(uri: uri, method: .get) { response in
                    #expect(response.status == .notFound, "\(uri)")
                    #expect(response.headers[.contentType] == "text/html; charset=utf-8")
                    #expect(String(buffer: response.body).contains("Page not found"), "\(uri)")
                }
            }
        }
    }

    @Test func foldersAreNeverListed() async throws {
        try await withApp { client, _ in
            let notFound = try await client.execute(uri: "/research/no-such-page/", method: .get) { String(buffer: $0.body) }
            for uri in ["/research/images/", "/research/css/", "/research/images"] {
                try await client.execute(uri: uri, method: .get) { response in
                    #expect(response.status == .notFound, "\(uri)")
                    #expect(String(buffer: response.body) == notFound, "\(uri) is the 404 page, not a listing")
                }
            }
        }
    }

    @Test func traversalAttemptsNeverLeaveTheOutputFolder() async throws {
        try await withApp { client, output in
            // Something outside the folder a successful traversal would reach.
            let secret = output.deletingLastPathComponent().appendingPathComponent("secret.txt")
            try Data("top secret".utf8).write(to: secret)
            try FileManager.default.createSymbolicLink(atPath: output.appendingPathComponent("link.txt").path,
                                                       withDestinationPath: secret.path)
            try FileManager.default.createSymbolicLink(atPath: output.appendingPathComponent("up").path,
                                                       withDestinationPath: output.deletingLastPathComponent().path)
            let attempts = [
                "/research/../secret.txt", "/research/../../secret.txt", "/../secret.txt",
                "/research/%2e%2e/secret.txt", "/research/%2E%2E/%2e%2e/secret.txt", "/research/.%2e/secret.txt",
                "/research/briefs%2f..%2f..%2fsecret.txt", "/research/%2fetc%2fpasswd", "/research/..%2fsecret.txt",
                "/research/..\\secret.txt", "/research/%5c..%5csecret.txt", "/research/briefs\\..\\..\\secret.txt",
                "/research/secret.txt%00.html", "/research/a\u{0}b", "/research/%00", "/research/%",
                "/research/%zz", "/research/./index.html", "/research/link.txt", "/research/up/secret.txt",
                "/research/up/", "/research/%2e/index.html", "/research/.hidden", "//etc/passwd",
                "/research//etc/passwd",
            ]
            for uri in attempts {
                try await client.execute(uri: uri, method: .get) { response in
                    #expect(response.status == .badRequest || response.status == .notFound,
                            "\(uri) → \(response.status)")
                    #expect(!String(buffer: response.body).contains("top secret"), "\(uri)")
                    #expect(!String(buffer: response.body).contains("root:"), "\(uri)")
                }
            }
        }
    }

    @Test func onlyGetAndHeadAreAllowed() async throws {
        try await withApp { client, _ in
            for method: HTTPRequest.Method in [.post, .put, .delete, .patch, .options, .trace] {
                try await client.execute(uri: "/research/", method: method) { response in
                    #expect(response.status == .methodNotAllowed, "\(method)")
                    #expect(response.headers[.allow] == "GET, HEAD")
                }
            }
            let get = try await client.execute(uri: "/research/", method: .get) { $0 }
            try await client.execute(uri: "/research/", method: .head) { response in
                #expect(response.status == .ok)
                #expect(response.body.readableBytes == 0)
                #expect(response.headers[.contentLength] == String(get.body.readableBytes))
                #expect(response.headers[.contentType] == "text/html; charset=utf-8")
            }
        }
    }

    @Test func theReloadScriptIsAddedToServedHTMLOnly() async throws {
        try await withApp { client, output in
            let page = try await client.execute(uri: "/research/about/", method: .get) { String(buffer: $0.body) }
            #expect(page.contains("<script id=\"imprint-live-reload\">"))
            #expect(page.contains("new EventSource(\"/_imprint/events\")"))
            #expect(page.range(of: "imprint-live-reload")!.lowerBound < page.range(of: "</body>")!.lowerBound)
            #expect(!page.contains(ErrorOverlay.elementID + "\" role"))
            let onDisk = try String(contentsOf: output.appendingPathComponent("about/index.html"), encoding: .utf8)
            #expect(!onDisk.contains("imprint-live-reload"))
            let css = try await client.execute(uri: "/research/css/site.css", method: .get) { String(buffer: $0.body) }
            #expect(!css.contains("imprint"))
        }
    }
}
