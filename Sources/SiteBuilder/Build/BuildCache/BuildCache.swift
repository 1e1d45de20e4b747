import Foundation
import SiteModel

/// The shortcut of `imprint build` when nothing changed: the inputs are fingerprinted before
/// anything else, and when the last build into the same folder was made from the same inputs
/// and the folder still holds exactly what it wrote, the build ends there (BuildManifest).
struct BuildCache {
    let inputs: String
    let manifestURL: URL
    let output: URL

    init(options: BuildOptions) {
        inputs = InputFingerprint.compute(options)
        manifestURL = BuildManifest.location(siteRoot: options.siteRoot, output: options.output)
        output = options.output
    }

    /// The last build's manifest, when it still describes the output folder for these inputs.
    func current() -> BuildManifest? {
        guard let manifest = BuildManifest.load(manifestURL), manifest.inputs == inputs,
              OutputStamp.digest(of: output) == manifest.output else { return nil }
        return manifest
    }

    /// Notes a successful build. A cache that cannot be written only costs the next build its shortcut.
    func record(pageCount: Int, briefCount: Int, diagnostics: [Diagnostic]) {
        guard let digest = OutputStamp.digest(of: output) else { return }
        try? BuildManifest(inputs: inputs, pageCount: pageCount, briefCount: briefCount,
                           diagnostics: diagnostics, output: digest).save(manifestURL)
    }
}
