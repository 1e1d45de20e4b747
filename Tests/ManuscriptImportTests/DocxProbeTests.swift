import Testing
@testable import ManuscriptImport

/// The zip's directory is read with every size checked: damaged, cut and bomb-like archives are
/// refused before Pandoc unpacks anything.
@Suite struct DocxProbeTests {
    /// A stored zip whose directory declares these sizes.
    func zip(_ entries: [(name: String, packed: Int, unpacked: Int)]) -> [UInt8] {
        func le16(_ v: Int) -> [UInt8] { [UInt8(v & 255), UInt8(v >> 8 & 255)] }
        func le32(_ v: Int) -> [UInt8] { [UInt8(v & 255), UInt8(v >> 8 & 255), UInt8(v >> 16 & 255), UInt8(v >> 24 & 255)] }
        var bytes: [UInt8] = [0x50, 0x4B, 0x03, 0x04] + Array(repeating: 0, count: 26)
        let start = bytes.count
        for entry in entries {
            let name = Array(entry.name.utf8)
            bytes += [0x50, 0x4B, 0x01, 0x02] + Array(repeating: 0, count: 16) + le32(entry.packed) + le32(entry.unpacked)
                + le16(name.count) + le16(0) + le16(0) + Array(repeating: 0, count: 12) + name
        }
        let size = bytes.count - start
        bytes += [0x50, 0x4B, 0x05, 0x06, 0, 0, 0, 0] + le16(entries.count) + le16(entries.count) + le32(size) + le32(start) + le16(0)
        return bytes
    }

    @Test func aWordDocumentPasses() throws {
        let entries = try DocxProbe.entries(in: zip([("[Content_Types].xml", 300, 1_000), ("word/document.xml", 4_000, 40_000)]))
        #expect(entries.map(\.name) == ["[Content_Types].xml", "word/document.xml"])
    }

    @Test func whatIsNotADocxIsRefused() {
        #expect(throws: ImportError.oldWordFormat) { try DocxProbe.entries(in: [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, 0, 0]) }
        #expect(throws: ImportError.self) { try DocxProbe.entries(in: Array("plain text".utf8)) }
        #expect(throws: ImportError.self) { try DocxProbe.entries(in: [0x50, 0x4B, 0x03, 0x04]) }
        let good = zip([("word/document.xml", 10, 10)])
        #expect(throws: ImportError.self) { try DocxProbe.entries(in: Array(good.prefix(good.count - 5))) }
        #expect(throws: ImportError.self) { try DocxProbe.entries(in: zip([("content.xml", 10, 10)])) }
    }

    @Test func zipBombsAreRefusedFromTheirDirectory() {
        // 4 GB declared from 4 MB: a ratio no Word part has.
        #expect(throws: ImportError.self) { try DocxProbe.entries(in: zip([("word/document.xml", 4 << 20, 0xFFFF_FFFE)])) }
        // Many parts that add up past the limit.
        let parts = (0..<40).map { (name: "word/media/image\($0).png", packed: 40 << 20, unpacked: 40 << 20) }
        #expect(throws: ImportError.self) { try DocxProbe.entries(in: zip(parts + [("word/document.xml", 10, 10)])) }
        // A directory that points past the end of the file.
        var lying = zip([("word/document.xml", 10, 10)])
        lying[lying.count - 6] = 0xFF
        #expect(throws: ImportError.self) { try DocxProbe.entries(in: lying) }
    }
}
