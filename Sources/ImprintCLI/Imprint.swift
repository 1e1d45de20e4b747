import ArgumentParser
import Foundation

/// `imprint`: the command-line entry point.
public struct Imprint: AsyncParsableCommand {
    public static let configuration = CommandConfiguration(
        commandName: "imprint",
        abstract: "Build a think tank's website from Markdown policy briefs.",
        version: ImprintVersion.text,
        subcommands: [BuildCommand.self, CheckCommand.self, ServeCommand.self, PDFCommand.self, NewCommand.self, ImportCommand.self],
        defaultSubcommand: nil
    )

    public init() {}

    /// Runs the command line and exits with 0 on success, 1 for content errors, 2 for usage errors.
    /// Async because `serve` is; the other commands run as before.
    public static func runMain(_ arguments: [String]? = nil) async -> Never {
        do {
            var command = try parseAsRoot(arguments)
            if var asyncCommand = command as? AsyncParsableCommand {
                try await asyncCommand.run()
            } else {
                try command.run()
            }
            exit(withError: nil)
        } catch let code as ExitCode {
            Foundation.exit(code.rawValue)
        } catch {
            let code = exitCode(for: error)
            if code == .success {
                exit(withError: error)
            }
            // Argument parser reports usage mistakes as 64 (EX_USAGE); the contract says 2.
            let message = fullMessage(for: error)
            if !message.isEmpty { FileHandle.standardError.write(Data((message + "\n").utf8)) }
            Foundation.exit(code == .validationFailure ? ExitStatus.usage : code.rawValue)
        }
    }
}
