import Foundation

/// The fuzzer's ways into the import (`Sources/ImprintFuzz`, targets `docx` and `pandoc`): the
/// parts that read what an untrusted manuscript holds, without Pandoc or the file system.
public enum ImportFuzzing {
    private static let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("imprint-fuzz-\(getpid()).docx")

    /// A .docx file's bytes through the zip check: refused or listed, never a crash.
    public static func probe(_ bytes: [UInt8]) {
        guard let entries = try? DocxProbe.entries(in: bytes) else { return }
        precondition(entries.contains { $0.name == "word/document.xml" }, "a docx without its document passed")
        precondition(entries.allSatisfy { $0.unpacked >= 0 && $0.packed >= 0 }, "a negative size")
        // What passed the check is opened by ZIPFoundation for Word's document properties, from a
        // file as in the command (its in-memory archives leak a little, which the fuzzer reports).
        if (try? Data(bytes).write(to: scratch)) != nil {
            let properties = CoreProperties.read(from: scratch)
            precondition(properties.creators.allSatisfy { !$0.isEmpty }, "an empty author")
        }
        _ = CoreProperties.parse(String(decoding: bytes, as: UTF8.self))
    }

    /// Pandoc's JSON through the title block and the Markdown writer.
    public static func convert(_ bytes: [UInt8]) {
        guard let document = try? PandocDocument.decode(Data(bytes)) else { return }
        let block = TitleBlock.read(document.blocks, meta: document.meta)
        precondition(block.length <= document.blocks.count, "a title block longer than the document")
        var writer = MarkdownWriter()
        let body = writer.body(Array(document.blocks.dropFirst(block.length)))
        precondition(body.hasSuffix("\n"), "a body without its last line break")
        for image in writer.images {
            precondition(image.name.hasPrefix("figure-") && !image.name.contains("/"), "an image named outside the bundle")
        }
    }
}
