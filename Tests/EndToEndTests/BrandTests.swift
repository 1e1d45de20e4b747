import Foundation
import Testing

/// Bad brand settings are errors at their lines (issue 21).
@Suite struct BrandSettingsTests {
    @Test func aMissingLogoOrPhotoAndABadPositionAreErrorsAtTheirLines() throws {
        let site = try ImprintBinary.copyFixture("golden-site/input")
        let yaml = site.appendingPathComponent("site.yaml")
        var text = try String(contentsOf: yaml, encoding: .utf8)
        text = text.replacingOccurrences(of: "logo: images/golden-logo.svg", with: "logo: images/missing.svg")
            .replacingOccurrences(of: "disclaimer_position: top", with: "disclaimer_position: middle")
        try Data(text.utf8).write(to: yaml)
        let person = site.appendingPathComponent("content/people/ali-raza.md")
        let bio = try String(contentsOf: person, encoding: .utf8)
        try Data(bio.replacingOccurrences(of: "name: ", with: "photo: https://example.org/ali.jpg\nname: ").utf8).write(to: person)

        let result = try ImprintBinary.run(["build", "-s", site.path, "-o", site.deletingLastPathComponent().appendingPathComponent("public").path])
        #expect(result.status == 1)
        #expect(result.stderr.contains("site.yaml:13:7: error: image `images/missing.svg` does not exist; looked in static/"), "\(result.stderr)")
        #expect(result.stderr.contains("site.yaml:15:22: error: `disclaimer_position` must be `top` or `bottom`, not `middle` [wrong-type]"))
        #expect(result.stderr.contains("content/people/ali-raza.md:2:8: error: image `https://example.org/ali.jpg` must be a file in the brief's folder or in static/, not a URL"))
    }
}
