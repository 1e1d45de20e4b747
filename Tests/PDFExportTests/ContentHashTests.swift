import Foundation
import Testing
@testable import PDFExport

@Suite struct ContentHashTests {
    @Test func knownDigests() {
        #expect(ContentHash.hex("") == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")
        #expect(ContentHash.hex("abc") == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
        #expect(ContentHash.hex("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq")
            == "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1")
    }

    @Test func feedingInPiecesOfAnyKindGivesTheSameDigest() {
        let text = String(repeating: "Imprint prints policy briefs. ", count: 50)
        var pieces = ContentHash()
        for (i, chunk) in text.split(separator: " ", omittingEmptySubsequences: false).enumerated() {
            switch i % 3 {
            case 0: pieces.update(chunk + " ")
            case 1: pieces.update(Array((chunk + " ").utf8))
            default: pieces.update(Data((chunk + " ").utf8))
            }
        }
        var whole = ContentHash()
        whole.update(text.split(separator: " ", omittingEmptySubsequences: false).map { $0 + " " }.joined())
        #expect(pieces.finish() == whole.finish())
        #expect(pieces.finish() != ContentHash.hex(text + "x"))
    }
}
