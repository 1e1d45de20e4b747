import Foundation
import SiteModel

/// The shortcut of `imprint build` when nothing changed: the inputs are fingerprinted before
/// anything else, and when the last build into the same folder was made from the same inputs
/// and the folder still holds exactly what it wrote, the build ends there (BuildManifest).
struct BuildCache {
    let inputs: String
    let manifestURL: URL
    let output: URL
    let now: Date

    init(options: BuildOptions) {
        inputs = InputFingerprint.compute(options)
        manifestURL = BuildManifest.location(siteRoot: options.siteRoot, output: options.output)
        output = options.output
        now = options.now
    }

    /// The last build's manifest, when it still describes the output folder for these inputs
    /// and no brief it left out has reached its release since.
    func current() -> BuildManifest? {
        guard let manifest = BuildManifest.load(manifestURL), manifest.inputs == inputs,
              (manifest.embargoed ?? []).allSatisfy({ $0.instant > now }),
              OutputStamp.digest(of: output) == manifest.output else { return nil }
        return manifest
    }

    /// Notes a successful build. A cache that cannot be written only costs the next build its shortcut.
    func record(pageCount: Int, briefCount: Int, diagnostics: [Diagnostic], embargoed: [Embargo]) {
        guard let digest = OutputStamp.digest(of: output) else { return }
        try? BuildManifest(inputs: inputs, pageCount: pageCount, briefCount: briefCount,
                           diagnostics: diagnostics, output: digest, embargoed: embargoed).save(manifestURL)
    }
}
