import Foundation

/// The default theme's files, built into the program by the `EmbedTheme` plugin
/// (`EmbeddedTheme+Files.swift` is generated), unpacked once into a folder of their own because
/// the build and WeasyPrint read the theme as files.
enum EmbeddedTheme {
    /// The unpacked theme: `<cache>/imprint/theme-<fingerprint>/`, where the cache is
    /// `$XDG_CACHE_HOME`, `~/.cache` or, when neither can be written, the temporary folder. A
    /// folder that is not this user's alone, or whose files differ from the embedded ones, is
    /// never used: the theme is unpacked afresh beside it and swapped in.
    static func unpacked() -> URL? {
        for base in cacheFolders() {
            if let folder = try? unpack(into: base) { return folder }
        }
        return nil
    }

    private static func cacheFolders() -> [URL] {
        let environment = ProcessInfo.processInfo.environment
        var folders: [URL] = []
        if let xdg = environment["XDG_CACHE_HOME"], xdg.hasPrefix("/") {
            folders.append(URL(fileURLWithPath: xdg).appendingPathComponent("imprint"))
        }
        if let home = environment["HOME"], home.hasPrefix("/") {
            folders.append(URL(fileURLWithPath: home).appendingPathComponent(".cache/imprint"))
        }
        folders.append(URL(fileURLWithPath: NSTemporaryDirectory()).appendingPathComponent("imprint-\(getuid())"))
        return folders
    }

    private static func unpack(into base: URL) throws -> URL {
        let fm = FileManager.default
        try fm.createDirectory(at: base, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
        try requirePrivate(base)
        let folder = base.appendingPathComponent("theme-\(fingerprint)")
        if (try? requirePrivate(folder)) != nil, matches(folder) { return folder }

        let staging = base.appendingPathComponent(".theme-\(fingerprint)-\(getpid())-\(UInt32.random(in: 0...UInt32.max))")
        defer { try? fm.removeItem(at: staging) }
        for (path, base64) in files {
            guard let data = Data(base64Encoded: base64) else { throw CocoaError(.fileReadCorruptFile) }
            let file = staging.appendingPathComponent(path)
            try fm.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
            try data.write(to: file)
        }
        // Another imprint may unpack the same theme at the same time: whichever rename lands,
        // the folder holds the same files.
        if rename(staging.path, folder.path) != 0 {
            let old = base.appendingPathComponent(".old-theme-\(fingerprint)-\(getpid())")
            if rename(folder.path, old.path) == 0 { try? fm.removeItem(at: old) }
            if rename(staging.path, folder.path) != 0, !matches(folder) { throw CocoaError(.fileWriteUnknown) }
        }
        try requirePrivate(folder)
        return folder
    }

    /// The folder is a real folder (not a link), owned by this user and writable by no one else.
    private static func requirePrivate(_ folder: URL) throws {
        var info = stat()
        guard lstat(folder.path, &info) == 0, (info.st_mode & S_IFMT) == S_IFDIR,
              info.st_uid == getuid(), info.st_mode & 0o022 == 0 else { throw CocoaError(.fileReadNoPermission) }
    }

    private static func matches(_ folder: URL) -> Bool {
        files.allSatisfy { path, base64 in
            (try? Data(contentsOf: folder.appendingPathComponent(path)))?.base64EncodedString() == base64
        }
    }
}
