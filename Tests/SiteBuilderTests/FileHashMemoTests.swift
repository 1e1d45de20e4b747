import Foundation
#if canImport(Glibc)
import Glibc
#endif
import PDFExport
import Testing
@testable import SiteBuilder

/// The memo of content hashes behind the up-to-date check and the image cache: a file whose
/// `stat` is unchanged is not read again; any write, even one that puts the old size and time
/// back, is seen; what a build no longer asks about is forgotten.
@Suite struct FileHashMemoTests {
    let folder = FixturePaths.temporaryDirectory()
    var memoFile: URL { folder.appendingPathComponent("cache/memo.json") }

    func file(_ name: String, _ text: String) throws -> URL {
        let url = folder.appendingPathComponent(name)
        try Data(text.utf8).write(to: url)
        return url
    }

    func sha(_ text: String) -> String {
        var hash = ContentHash()
        hash.update(Data(text.utf8))
        return hash.finish()
    }

    @Test func aHashIsRememberedAcrossRunsAndTheFileNotReadAgain() throws {
        let a = try file("a.txt", "alpha")
        let memo = FileHashMemo(file: memoFile, racyWindow: -1)
        #expect(memo.hash(of: a) == sha("alpha"))
        memo.save()
        // The next run answers from the memo: a hash planted there is what it gives.
        let saved = try String(contentsOf: memoFile, encoding: .utf8)
        try #require(saved.contains(sha("alpha")))
        try Data(saved.replacingOccurrences(of: sha("alpha"), with: "planted").utf8).write(to: memoFile)
        #expect(FileHashMemo(file: memoFile, racyWindow: -1).hash(of: a) == "planted")
    }

    @Test func aSameSizeRewriteWithItsTimePutBackIsSeen() throws {
        let a = try file("a.txt", "alpha")
        var info = stat()
        try #require(stat(a.path, &info) == 0)
        let memo = FileHashMemo(file: memoFile, racyWindow: -1)
        #expect(memo.hash(of: a) == sha("alpha"))
        memo.save()
        // Past the clock's tick, so the rewrite moves the change time on any kernel.
        Thread.sleep(forTimeInterval: 0.02)
        try Data("omega".utf8).write(to: a)
        var times = [info.st_atim, info.st_mtim]
        try #require(utimensat(AT_FDCWD, a.path, &times, 0) == 0)
        #expect(FileHashMemo(file: memoFile, racyWindow: -1).hash(of: a) == sha("omega"))
    }

    @Test func aFileChangedJustNowIsHashedButNotRemembered() throws {
        let a = try file("a.txt", "alpha")
        let memo = FileHashMemo(file: memoFile)
        #expect(memo.hash(of: a) == sha("alpha"))
        memo.save()
        #expect(!FileManager.default.fileExists(atPath: memoFile.path), "nothing learnt, nothing written")
    }

    @Test func filesNotAskedAboutAreForgotten() throws {
        let a = try file("a.txt", "alpha"), b = try file("b.txt", "beta")
        let memo = FileHashMemo(file: memoFile, racyWindow: -1)
        _ = memo.hash(of: a)
        _ = memo.hash(of: b)
        memo.save()
        let next = FileHashMemo(file: memoFile, racyWindow: -1)
        _ = next.hash(of: a)
        next.forgetUnseen()
        next.save()
        let saved = try String(contentsOf: memoFile, encoding: .utf8)
        #expect(saved.contains(a.path) && !saved.contains(b.path))
    }

    /// Paths with spaces and line breaks come back as they were; a memo it cannot read (the
    /// JSON of earlier versions, a cut-off file) is forgotten, and the files hashed again.
    @Test func oddPathsRoundTripAndAnUnreadableMemoIsForgotten() throws {
        let a = try file("with space\nand newline.txt", "alpha")
        let memo = FileHashMemo(file: memoFile, racyWindow: -1)
        #expect(memo.hash(of: a) == sha("alpha"))
        memo.save()
        let saved = try String(contentsOf: memoFile, encoding: .utf8)
        try Data(saved.replacingOccurrences(of: sha("alpha"), with: "planted").utf8).write(to: memoFile)
        #expect(FileHashMemo(file: memoFile, racyWindow: -1).hash(of: a) == "planted")
        for broken in ["{\"\(a.path)\": {\"hash\": \"planted\"}}", String(saved.dropLast(9)).replacingOccurrences(of: sha("alpha"), with: "planted"),
                       "imprint file hashes 1\nplanted 1 2 x 3.4 5.6 \(a.path)\u{0}"] {
            try Data(broken.utf8).write(to: memoFile)
            #expect(FileHashMemo(file: memoFile, racyWindow: -1).hash(of: a) == sha("alpha"), "\(broken.debugDescription)")
        }
    }
}
