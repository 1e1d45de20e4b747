import Testing
import SiteModel
@testable import ContentLoader

@Suite struct FrontMatterTests {
    func source(_ text: String) -> SourceText {
        try! SourceText.decode(Array(text.utf8), path: "a.md").get()
    }

    @Test func splitsYAMLAndBodyWithLineNumbers() throws {
        let fm = try FrontMatter.split(source("---\ntitle: x\n---\nBody\n")).get()
        #expect(fm.yaml == "title: x")
        #expect(fm.yamlStartLine == 2)
        #expect(fm.body == "Body\n")
        #expect(fm.bodyStartLine == 4)
    }

    @Test func byteOrderMarkAndCRLFAreAccepted() throws {
        let bytes: [UInt8] = [0xEF, 0xBB, 0xBF] + Array("---\r\ntitle: x\r\n---\r\nBody\r\n".utf8)
        let text = try SourceText.decode(bytes, path: "a.md").get()
        #expect(text.text == "---\ntitle: x\n---\nBody\n")
        #expect(try FrontMatter.split(text).get().bodyStartLine == 4)
    }

    @Test func invalidUTF8IsReportedAtItsPosition() {
        let bytes = Array("---\ntitle: ca".utf8) + [0xE9] + Array("fe\n".utf8)
        guard case .failure(let d) = SourceText.decode(bytes, path: "a.md") else {
            Issue.record("expected a failure"); return
        }
        #expect(d.code == "not-utf8")
        #expect(d.location.line == 2)
        #expect(d.location.column == 10)
    }

    @Test func missingFrontMatter() {
        guard case .failure(let d) = FrontMatter.split(source("Just text\n")) else { Issue.record("no failure"); return }
        #expect(d.code == "missing-front-matter")
    }

    @Test func unterminatedFrontMatter() {
        guard case .failure(let d) = FrontMatter.split(source("---\ntitle: x\nbody\n")) else { Issue.record("no failure"); return }
        #expect(d.code == "unterminated-front-matter")
    }

    @Test func emptyFile() {
        guard case .failure(let d) = FrontMatter.split(source("\n  \n")) else { Issue.record("no failure"); return }
        #expect(d.code == "empty-file")
    }
}
