/// The plain text of inlines and blocks, as a reader sees it once tracked changes are accepted:
/// deleted text and comment text are left out.
enum InlineText {
    static func plain(_ inlines: [PandocInline]) -> String {
        var out = ""
        for inline in inlines {
            switch inline {
            case .str(let s): out += s
            case .space, .softBreak, .lineBreak: out += " "
            case .code(let s), .math(let s): out += s
            case .emph(let x), .strong(let x), .strikeout(let x), .plainStyle(let x), .link(let x, _, _): out += plain(x)
            case .quoted(let double, let x): out += (double ? "\u{201C}" : "\u{2018}") + plain(x) + (double ? "\u{201D}" : "\u{2019}")
            case .span(let attr, let x):
                if ReviewMark(attr) == nil || ReviewMark(attr) == .insertion { out += plain(x) }
            case .image, .note, .rawInline: break
            }
        }
        return out
    }

    static func plain(_ block: PandocBlock) -> String {
        switch block {
        case .plain(let x), .para(let x), .header(_, let x): return plain(x)
        case .lineBlock(let lines): return lines.map(plain).joined(separator: " ")
        case .blockQuote(let blocks), .div(_, let blocks): return blocks.map(plain).joined(separator: " ")
        default: return ""
        }
    }
}

/// Word's review marks as Pandoc's `--track-changes=all` gives them: spans with a class.
enum ReviewMark: Equatable {
    case insertion, deletion, commentStart, commentEnd

    init?(_ attr: PandocAttr) {
        if attr.classes.contains("insertion") || attr.classes.contains("paragraph-insertion") { self = .insertion }
        else if attr.classes.contains("deletion") || attr.classes.contains("paragraph-deletion") { self = .deletion }
        else if attr.classes.contains("comment-start") { self = .commentStart }
        else if attr.classes.contains("comment-end") { self = .commentEnd }
        else { return nil }
    }
}
