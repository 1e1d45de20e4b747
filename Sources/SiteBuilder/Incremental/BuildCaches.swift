import ContentLoader

/// What `imprint serve` keeps between builds so that a rebuild decodes and renders only what changed.
struct BuildCaches: Sendable {
    let load = LoadCache()
    let markdown = MarkdownCache()
    let links = LinkCheckMemo()
    let templates = TemplateMemo()
    let inventory = InventoryMemo()
}
