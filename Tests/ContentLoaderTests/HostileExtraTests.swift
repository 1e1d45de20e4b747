import Foundation
import Testing
@testable import ContentLoader
import SiteModel

/// Found in review: `extra:` and `data/` walk whole YAML trees, where aliases can repeat a list
/// a billion times in a few lines; and two term ids must not share one label.
@Suite struct HostileExtraTests {
    let base = "title: T\nbase_url: https://example.org/\n"

    @Test func aliasesThatMultiplyAreAnErrorNotAnExhaustedMachine() {
        var yaml = base + "extra:\n  a: &a [x, x, x, x, x, x, x, x, x, x]\n"
        var previous = "a"
        for name in ["b", "c", "d", "e", "f", "g", "h", "i"] {
            yaml += "  \(name): &\(name) [" + Array(repeating: "*\(previous)", count: 10).joined(separator: ", ") + "]\n"
            previous = name
        }
        let start = Date()
        let (config, diagnostics) = SiteConfigDecoder.decode(Array(yaml.utf8))
        #expect(Date().timeIntervalSince(start) < 10)
        #expect(config != nil)
        #expect(diagnostics.contains { $0.code == "wrong-type" && $0.message.contains("holds more than 100000 values") }, "\(diagnostics)")
        #expect(diagnostics.filter { $0.message.contains("holds more than") }.count == 1, "said once")
    }

    @Test func twoTermsWithOneLabelAreAnError() {
        let yaml = base + "taxonomies:\n  regions:\n    terms: { south-asia: South Asia, s-asia: South Asia }\n"
        let (config, diagnostics) = SiteConfigDecoder.decode(Array(yaml.utf8))
        #expect(diagnostics.map(\.code) == ["term-collision"], "\(diagnostics)")
        #expect(config?.termSlug("South Asia", kind: "regions") == "south-asia")
    }
}
