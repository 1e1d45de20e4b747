import Foundation
import Hummingbird
import SiteBuilder
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Answers every request of `imprint serve`: files of the preview folder with their content
/// types, `index.html` for folders, the site's 404 page with status 404, never a directory
/// listing, never a file outside the folder; live-reload events on `/_imprint/events`. HTML
/// gets the reload script, and the error overlay while the content has errors.
struct PreviewResponder: HTTPResponder {
    typealias Context = BasicRequestContext

    let root: URL
    let status: PreviewStatus
    let hub: LiveReloadHub
    /// Image copies and share cards, made when first asked for; never files of the folder.
    let images: OnDemandImages?

    init(root: URL, status: PreviewStatus, hub: LiveReloadHub, images: OnDemandImages? = nil) {
        self.root = URL(fileURLWithPath: Self.realPath(root.path) ?? root.standardizedFileURL.path)
        self.status = status
        self.hub = hub
        self.images = images
    }

    func respond(to request: Request, context: Context) async throws -> Response {
        guard request.method == .get || request.method == .head else {
            return plain(.methodNotAllowed, "Only GET and HEAD are allowed.\n", extra: [.allow: "GET, HEAD"], head: false)
        }
        let head = request.method == .head
        let rawPath = request.uri.path
        if rawPath == PageDecorator.eventsPath { return events(head: head) }
        let state = status.snapshot
        switch RequestPath.resolve(rawPath, basePath: state.basePath) {
        case .badRequest:
            return plain(.badRequest, "Bad request path.\n", head: head)
        case .redirect(let location):
            return Response(status: .movedPermanently, headers: [.location: location, .cacheControl: "no-store"])
        case .notFound:
            return notFound(state, head: head)
        case .file(let path):
            switch open(path) {
            case .file(let data):
                return file(path, data, state, status: .ok, head: head)
            case .directory:
                // `/briefs` → `/briefs/` when the folder has a page.
                if case .file = open(path + "/index.html") {
                    return Response(status: .movedPermanently,
                                    headers: [.location: rawPath + "/", .cacheControl: "no-store"])
                }
                return notFound(state, head: head)
            case .missing:
                // libvips takes a good part of a second: off the server's own threads.
                if let images, let data = await Self.offThread({ images.data(for: path) }) {
                    return file(path, data, state, status: .ok, head: head)
                }
                return notFound(state, head: head)
            }
        }
    }

    static func offThread<T: Sendable>(_ work: @escaping @Sendable () -> T) async -> T {
        await withCheckedContinuation { continuation in
            DispatchQueue.global().async { continuation.resume(returning: work()) }
        }
    }

    private func notFound(_ state: PreviewStatus.Snapshot, head: Bool) -> Response {
        if case .file(let data) = open("404.html") {
            return file("404.html", data, state, status: .notFound, head: head)
        }
        if !state.hasGoodBuild { return placeholder(state, head: head) }
        return plain(.notFound, "Not found.\n", head: head)
    }

    /// Before the first good build there is no page to put the overlay on.
    private func placeholder(_ state: PreviewStatus.Snapshot, head: Bool) -> Response {
        let message = state.errors.isEmpty ? "The site is being built." : "The site has errors and has not been built yet."
        let html = "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<title>imprint serve</title>\n</head>\n<body>\n<p>\(message)</p>\n</body>\n</html>\n"
        return file("index.html", Data(html.utf8), state, status: .serviceUnavailable, head: head)
    }

    private func file(_ path: String, _ data: Data, _ state: PreviewStatus.Snapshot,
                      status: HTTPResponse.Status, head: Bool) -> Response {
        var body = data
        if ContentTypes.isHTML(path) {
            body = Data(PageDecorator.decorate(String(decoding: data, as: UTF8.self), status: state).utf8)
        }
        let headers: HTTPFields = [
            .contentType: ContentTypes.of(path),
            .contentLength: String(body.count),
            .cacheControl: "no-store",
            .xContentTypeOptions: "nosniff",
        ]
        return Response(status: status, headers: headers,
                        body: head ? ResponseBody() : ResponseBody(byteBuffer: ByteBuffer(bytes: body)))
    }

    private func plain(_ status: HTTPResponse.Status, _ text: String, extra: HTTPFields = [:], head: Bool) -> Response {
        var headers: HTTPFields = [
            .contentType: "text/plain; charset=utf-8", .contentLength: String(text.utf8.count), .cacheControl: "no-store",
        ]
        headers.append(contentsOf: extra)
        return Response(status: status, headers: headers,
                        body: head ? ResponseBody() : ResponseBody(byteBuffer: ByteBuffer(string: text)))
    }

    private func events(head: Bool) -> Response {
        let headers: HTTPFields = [.contentType: "text/event-stream; charset=utf-8", .cacheControl: "no-store"]
        if head { return Response(status: .ok, headers: headers) }
        let stream = hub.subscribe()
        return Response(status: .ok, headers: headers, body: ResponseBody { writer in
            for await message in stream {
                try await writer.write(ByteBuffer(string: message))
            }
            try await writer.finish(nil)
        })
    }

    enum Opened {
        case file(Data)
        case directory
        case missing
    }

    /// Reads a regular file below the root. Symbolic links are followed only while they stay
    /// inside the folder; a link leading out of it is as good as missing.
    func open(_ relative: String) -> Opened {
        let full = root.path + "/" + relative
        guard let resolved = Self.realPath(full), resolved.hasPrefix(root.path + "/") else { return .missing }
        var info = stat()
        guard stat(resolved, &info) == 0 else { return .missing }
        if info.st_mode & S_IFMT == S_IFDIR { return .directory }
        guard info.st_mode & S_IFMT == S_IFREG, let data = FileManager.default.contents(atPath: resolved) else {
            return .missing
        }
        return .file(data)
    }

    static func realPath(_ path: String) -> String? {
        guard let resolved = realpath(path, nil) else { return nil }
        defer { free(resolved) }
        return String(cString: resolved)
    }
}
