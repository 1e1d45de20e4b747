import Foundation
import PackagePlugin

/// Builds the default theme (`Sources/SiteBuilder/Theme/`) into the `imprint` executable, so
/// the released program is one file: no resource folder beside it to lose when it is copied.
/// The work is `scripts/embed-theme.sh`, run again whenever a theme file changes.
@main
struct EmbedTheme: BuildToolPlugin {
    func createBuildCommands(context: PluginContext, target: Target) throws -> [Command] {
        let theme = target.directoryURL.appending(path: "Theme")
        let script = context.package.directoryURL.appending(path: "scripts/embed-theme.sh")
        let output = context.pluginWorkDirectoryURL.appending(path: "EmbeddedTheme+Files.swift")
        return [.buildCommand(
            displayName: "Embedding the default theme",
            executable: URL(fileURLWithPath: "/bin/sh"),
            arguments: [script.path(percentEncoded: false), theme.path(percentEncoded: false), output.path(percentEncoded: false)],
            inputFiles: [script] + files(under: theme),
            outputFiles: [output])]
    }

    /// Every file of the theme, so that editing or adding one embeds the theme again.
    private func files(under folder: URL) -> [URL] {
        guard let walk = FileManager.default.enumerator(at: folder, includingPropertiesForKeys: [.isRegularFileKey]) else { return [] }
        return walk.compactMap { $0 as? URL }
            .filter { (try? $0.resourceValues(forKeys: [.isRegularFileKey]).isRegularFile) == true }
    }
}
