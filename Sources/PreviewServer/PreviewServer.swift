import Foundation
import Hummingbird
import Logging
import ServiceLifecycle
import SiteBuilder

/// `imprint serve`: builds the site (with drafts) into a preview folder, serves it, watches
/// the sources, rebuilds what changed and reloads the browsers; Ctrl-C (SIGINT) or SIGTERM
/// shuts it down gracefully: the watcher stops, event streams end, then the server.
public final class PreviewServer: Sendable {
    public let options: ServeOptions
    let output: URL
    let ownsOutput: Bool
    let session: PreviewSession

    public init(options: ServeOptions, report: @escaping @Sendable (PreviewEvent) -> Void) throws {
        self.options = options
        ownsOutput = options.output == nil
        output = options.output ?? FileManager.default.temporaryDirectory
            .appendingPathComponent("imprint-preview-\(ProcessInfo.processInfo.processIdentifier)-\(UUID().uuidString.prefix(8))")
        let builder: IncrementalBuilder
        do {
            var buildOptions = BuildOptions(
                siteRoot: options.siteRoot, output: output, includeDrafts: options.includeDrafts, baseURL: options.baseURL,
                jobs: options.jobs, verbose: options.verbose, progress: options.progress, includeFuture: options.includeFuture)
            buildOptions.imageVariants = options.imageVariants
            builder = try IncrementalBuilder(options: buildOptions)
        } catch {
            throw ServeError.cannotPrepare("cannot create the preview folder \(output.path): \(error.localizedDescription)")
        }
        session = PreviewSession(builder: builder, siteRoot: options.siteRoot, report: report)
    }

    /// The responder alone, for in-process tests.
    var responder: PreviewResponder {
        PreviewResponder(root: output, status: session.status, hub: session.hub, images: session.builder.onDemand)
    }

    /// Builds the site once, without serving (tests).
    func buildFirst() { session.buildFirst() }

    /// Builds, then serves until SIGINT or SIGTERM.
    public func run() async throws {
        let port: Int
        switch PortProbe.probe(host: options.host, port: options.port) {
        case .free(let p): port = p
        case .inUse:
            throw ServeError.portInUse(host: options.host, port: options.port,
                                       suggestion: PortProbe.suggestion(host: options.host, after: options.port))
        case .failed(let message): throw ServeError.cannotListen(message)
        }
        defer { if ownsOutput { BackgroundRemoval.remove(output) } }
        session.buildFirst()

        var logger = Logger(label: "imprint.serve")
        logger.logLevel = .critical
        let watcher = makeWatcher()
        let host = options.host.contains(":") ? "[\(options.host)]" : options.host
        let session = self.session
        let output = self.output
        let app = Application(
            responder: responder,
            configuration: ApplicationConfiguration(address: .hostname(options.host, port: port), serverName: nil),
            onServerRunning: { _ in
                let base = session.status.snapshot.basePath
                session.report(.listening(url: "http://\(host):\(port)\(base)", output: output, watcher: watcher.mechanism))
            },
            logger: logger)
        let watching = WatchService(watcher: watcher, session: session, debounce: options.debounce,
                                    fallback: { PollingWatcher(root: self.options.siteRoot) })
        // Services stop in reverse order: the watcher and the event streams first, so that the
        // server does not wait for browsers holding `/_imprint/events` open.
        let group = ServiceGroup(configuration: .init(
            services: [app, watching], gracefulShutdownSignals: [.sigterm, .sigint], logger: logger))
        do {
            try await group.run()
        } catch where "\(error)".contains("Address already in use") {
            // Another process took the port between the probe and the bind.
            throw ServeError.portInUse(host: options.host, port: port,
                                       suggestion: PortProbe.suggestion(host: options.host, after: port))
        }
    }

    private func makeWatcher() -> any FileWatcher {
        #if canImport(Glibc)
        if !options.polling { return InotifyWatcher(root: options.siteRoot) }
        #endif
        return PollingWatcher(root: options.siteRoot)
    }
}

/// Runs the watcher and the event-stream keep-alive until a graceful shutdown.
struct WatchService: Service {
    let watcher: any FileWatcher
    let session: PreviewSession
    let debounce: Duration
    let fallback: @Sendable () -> any FileWatcher

    func run() async throws {
        let session = self.session
        let debouncer = ChangeDebouncer(quiet: debounce) { session.changed($0) }
        var active = watcher
        do {
            try active.start { debouncer.add($0) }
        } catch {
            active.stop()
            active = fallback()
            session.report(.watcherFallback(reason: "\(error)"))
            try active.start { debouncer.add($0) }
        }
        let hub = session.hub
        try? await cancelWhenGracefulShutdown {
            while !Task.isCancelled {
                try await Task.sleep(for: .seconds(15))
                hub.ping()
            }
        }
        session.report(.stopping)
        active.stop()
        hub.close()
    }
}
