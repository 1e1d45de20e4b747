// swift-tools-version:6.1
import PackageDescription

let package = Package(
    name: "Imprint",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "imprint", targets: ["imprint"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.0.0"),
        .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.28.1"),
        .package(url: "https://github.com/swift-server/swift-service-lifecycle", from: "2.13.0"),
        .package(url: "https://github.com/apple/swift-log", from: "1.16.2"),
        .package(url: "https://github.com/apple/swift-crypto", "3.12.3"..<"5.0.0"),
        .package(url: "https://github.com/swift-server/async-http-client.git", from: "1.37.0"),
        .package(url: "https://github.com/apple/swift-nio.git", from: "2.101.2"),
        .package(url: "https://github.com/weichsel/ZIPFoundation", from: "0.9.20"),
    ],
    targets: [
        // System library: module map and pkg-config only.
        .systemLibrary(
            name: "CCmarkGFM",
            pkgConfig: "libcmark-gfm",
            providers: [
                .apt(["libcmark-gfm-dev", "libcmark-gfm-extensions-dev"]),
                .brew(["cmark-gfm"]),
            ]
        ),
        // libc's extended attributes, which the Glibc module leaves out (SourceStamp.swift).
        .systemLibrary(name: "CXattr"),
        // The only importer of CCmarkGFM: Markdown in, HTML + notes + headings + diagnostics out.
        .target(name: "MarkdownRender", dependencies: ["CCmarkGFM", "SiteModel"]),
        // Value types, no I/O.
        .target(name: "SiteModel"),
        // Mustache compiled once into nodes and rendered into bytes (docs/templates.md).
        .target(name: "TemplateEngine"),
        // Folder → SiteModel, with diagnostics.
        .target(name: "ContentLoader", dependencies: ["SiteModel", "Yams"]),
        // External-tool runner and WeasyPrint driver: print pages in, cached PDFs out.
        .target(name: "PDFExport", dependencies: ["SiteModel", .product(name: "Crypto", package: "swift-crypto")]),
        // Resolve, render, view models, templates, atomic writer, print pages.
        .target(
            name: "SiteBuilder",
            dependencies: [
                "SiteModel", "ContentLoader", "MarkdownRender", "PDFExport", "CXattr", "TemplateEngine",
                .product(name: "AsyncHTTPClient", package: "async-http-client"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOHTTP1", package: "swift-nio"),
            ],
            exclude: ["Theme"],
            plugins: ["EmbedTheme"]
        ),
        // Build-time plugin: the default theme's files become part of the program (scripts/embed-theme.sh).
        .plugin(name: "EmbedTheme", capability: .buildTool()),
        // `imprint import`: a Word manuscript through Pandoc's document tree into a brief.
        .target(name: "ManuscriptImport", dependencies: ["SiteModel", "ContentLoader", "PDFExport", "ZIPFoundation"]),
        // `imprint serve`: HTTP server, file watcher, live reload.
        .target(
            name: "PreviewServer",
            dependencies: [
                "SiteModel", "ContentLoader", "SiteBuilder",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
                .product(name: "Logging", package: "swift-log"),
            ]
        ),
        // Argument parsing and thin commands.
        .target(
            name: "ImprintCLI",
            dependencies: [
                "SiteModel", "ContentLoader", "MarkdownRender", "SiteBuilder", "PDFExport", "PreviewServer", "ManuscriptImport",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .executableTarget(name: "imprint", dependencies: ["ImprintCLI"]),
        // libFuzzer target over briefs, site.yaml, people files and image headers
        // (scripts/robustness.sh, IMPRINT_FUZZ_TARGET); replays files when built normally.
        .executableTarget(name: "imprint-fuzz", dependencies: ["ContentLoader", "MarkdownRender", "SiteModel", "SiteBuilder", "ManuscriptImport", "TemplateEngine"],
                          path: "Sources/ImprintFuzz"),

        .testTarget(name: "MarkdownRenderTests", dependencies: ["MarkdownRender"]),
        .testTarget(name: "TemplateEngineTests", dependencies: ["TemplateEngine"]),
        .testTarget(name: "ContentLoaderTests", dependencies: ["ContentLoader", "SiteModel"]),
        .testTarget(name: "SiteBuilderTests", dependencies: [
            "SiteBuilder", "ContentLoader", "SiteModel", "MarkdownRender", "PDFExport", "TemplateEngine",
        ]),
        .testTarget(name: "PDFExportTests", dependencies: ["PDFExport", "SiteBuilder"]),
        .testTarget(name: "ManuscriptImportTests", dependencies: ["ManuscriptImport", "SiteModel"]),
        .testTarget(name: "EndToEndTests", dependencies: ["SiteModel"]),
        .testTarget(name: "PreviewServerTests", dependencies: [
            "PreviewServer", "SiteBuilder", "SiteModel",
            .product(name: "HummingbirdTesting", package: "hummingbird"),
        ]),
    ],
    swiftLanguageModes: [.v6]
)
