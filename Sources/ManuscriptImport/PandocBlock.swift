/// A block of Pandoc's document tree (pandoc-types 1.22, Pandoc 2.17's JSON).
indirect enum PandocBlock: Equatable {
    struct DefinitionItem: Equatable {
        var term: [PandocInline]
        var definitions: [[PandocBlock]]
    }

    case plain([PandocInline])
    case para([PandocInline])
    case lineBlock([[PandocInline]])
    case codeBlock(String)
    case rawBlock(format: String, String)
    case blockQuote([PandocBlock])
    case orderedList(start: Int, [[PandocBlock]])
    case bulletList([[PandocBlock]])
    case definitionList([DefinitionItem])
    case header(level: Int, [PandocInline])
    case horizontalRule
    case table(PandocTable)
    case div(PandocAttr, [PandocBlock])
    case null

}

/// A table, simplified to what a Markdown pipe table can hold: rows of cells, each cell its blocks.
struct PandocTable: Equatable {
    enum Alignment: Equatable { case left, right, center, standard }
    var alignments: [Alignment]
    var head: [[[PandocBlock]]]
    var rows: [[[PandocBlock]]]
    var caption: [PandocBlock]
}
