import Foundation

/// Looks at a manuscript before Pandoc does: an old .doc, a file that is not a zip, a truncated
/// zip and a zip bomb are refused from the zip's own directory, without unpacking anything.
/// An imported file is untrusted: every size read from it is checked before it is used.
struct DocxProbe {
    /// Limits no real manuscript comes near.
    static let maximumFileBytes = 256 << 20
    static let maximumUnpackedBytes = 1 << 30
    static let maximumEntries = 20_000
    /// Unpacked to packed, for entries over a megabyte: Word's XML packs about 10:1.
    static let maximumRatio = 200

    struct Entry: Equatable {
        var name: String
        var packed: Int
        var unpacked: Int
    }

    /// The zip's entries, or why the file is refused.
    static func entries(of file: URL) throws(ImportError) -> [Entry] {
        let file = file.resolvingSymlinksInPath()
        let attributes = try? FileManager.default.attributesOfItem(atPath: file.path)
        guard let size = (attributes?[.size] as? NSNumber)?.intValue else { throw .unreadable("no such file") }
        guard (attributes?[.type] as? FileAttributeType) == .typeRegular else { throw .unreadable("not a regular file") }
        guard size <= maximumFileBytes else { throw .tooLarge("it is \(size >> 20) MB; manuscripts over \(maximumFileBytes >> 20) MB are not read") }
        guard let data = FileManager.default.contents(atPath: file.path) else { throw .unreadable("permission denied") }
        return try entries(in: [UInt8](data))
    }

    static func entries(in bytes: [UInt8]) throws(ImportError) -> [Entry] {
        if bytes.starts(with: [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]) { throw .oldWordFormat }
        guard bytes.starts(with: [0x50, 0x4B, 0x03, 0x04]) else { throw .notADocx("it does not start as a zip archive does") }
        // The end-of-directory record: within the last 22 + 65,535 bytes (its comment).
        let eocdSignature: [UInt8] = [0x50, 0x4B, 0x05, 0x06]
        var end: Int?
        var i = bytes.count - 22
        let lowest = max(0, bytes.count - 22 - 65_535)
        while i >= lowest {
            if bytes[i] == 0x50, Array(bytes[i..<i + 4]) == eocdSignature { end = i; break }
            i -= 1
        }
        guard let end else { throw .notADocx("the zip's directory at its end is missing") }
        let count = u16(bytes, end + 10), directorySize = u32(bytes, end + 12), directoryStart = u32(bytes, end + 16)
        guard let count, let directorySize, let directoryStart else { throw .notADocx("the zip's directory is cut short") }
        if count == 0xFFFF || directorySize == 0xFFFF_FFFF || directoryStart == 0xFFFF_FFFF {
            throw .tooLarge("it is a ZIP64 archive (over 4 GB or 65,535 parts), which no manuscript needs")
        }
        guard count <= maximumEntries else { throw .tooLarge("it holds \(count) parts") }
        guard directoryStart <= end, directorySize <= end - directoryStart else { throw .notADocx("the zip's directory points outside the file") }

        var entries: [Entry] = []
        var unpackedTotal = 0
        var at = directoryStart
        for _ in 0..<count {
            guard let signature = u32(bytes, at), signature == 0x0201_4B50,
                  let packed = u32(bytes, at + 20), let unpacked = u32(bytes, at + 24),
                  let nameLength = u16(bytes, at + 28), let extraLength = u16(bytes, at + 30),
                  let commentLength = u16(bytes, at + 32), at + 46 + nameLength <= bytes.count else {
                throw .notADocx("an entry of the zip's directory is damaged")
            }
            let name = String(decoding: bytes[(at + 46)..<(at + 46 + nameLength)], as: UTF8.self)
            unpackedTotal += unpacked
            guard unpackedTotal <= maximumUnpackedBytes else {
                throw .tooLarge("it would unpack to over \(maximumUnpackedBytes >> 20) MB (a zip bomb?)")
            }
            if unpacked > 1 << 20, unpacked / max(packed, 1) > maximumRatio {
                throw .tooLarge("its part \(name) would unpack \(unpacked / max(packed, 1)) times larger than it is stored (a zip bomb?)")
            }
            entries.append(Entry(name: name, packed: packed, unpacked: unpacked))
            at += 46 + nameLength + extraLength + commentLength
        }
        guard entries.contains(where: { $0.name == "word/document.xml" }) else {
            throw .notADocx("it is a zip archive without a Word document inside")
        }
        return entries
    }

    private static func u16(_ bytes: [UInt8], _ at: Int) -> Int? {
        guard at >= 0, at + 2 <= bytes.count else { return nil }
        return Int(bytes[at]) | Int(bytes[at + 1]) << 8
    }

    private static func u32(_ bytes: [UInt8], _ at: Int) -> Int? {
        guard at >= 0, at + 4 <= bytes.count else { return nil }
        return Int(bytes[at]) | Int(bytes[at + 1]) << 8 | Int(bytes[at + 2]) << 16 | Int(bytes[at + 3]) << 24
    }
}
