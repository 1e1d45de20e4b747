import Foundation

/// Pandoc's reading of a manuscript (`pandoc -f docx -t json`): its blocks and the metadata it
/// found in Word's Title, Subtitle, Author and Date paragraph styles. (Pandoc 2.17 does not read
/// the document properties in `docProps/core.xml`.)
struct PandocDocument {
    var blocks: [PandocBlock]
    var meta: [String: [String]]
    /// Element kinds this reader does not know, with how often they occurred (left out).
    var unknown: [String: Int] = [:]

    /// Reads Pandoc's JSON. Throws when it is not Pandoc's JSON at all.
    static func decode(_ data: Data) throws(ImportError) -> PandocDocument {
        guard let root = try? JSONSerialization.jsonObject(with: data) as? [String: Any],
              let blocks = root["blocks"] as? [Any] else {
            throw .unreadablePandocOutput
        }
        var reader = Reader()
        let body = reader.blocks(blocks)
        var meta: [String: [String]] = [:]
        for (key, value) in (root["meta"] as? [String: Any]) ?? [:] {
            let texts = reader.metaTexts(value).map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
            if !texts.isEmpty { meta[key] = texts }
        }
        return PandocDocument(blocks: body, meta: meta, unknown: reader.unknown)
    }

    /// Turns JSON nodes (`{"t": tag, "c": contents}`) into the tree, counting what it skips.
    private struct Reader {
        var unknown: [String: Int] = [:]

        mutating func blocks(_ nodes: Any?) -> [PandocBlock] {
            ((nodes as? [Any]) ?? []).compactMap { block($0) }
        }

        mutating func inlines(_ nodes: Any?) -> [PandocInline] {
            ((nodes as? [Any]) ?? []).compactMap { inline($0) }
        }

        mutating func block(_ node: Any) -> PandocBlock? {
            guard let node = node as? [String: Any], let tag = node["t"] as? String else { return nil }
            let c = node["c"]
            let parts = c as? [Any] ?? []
            switch tag {
            case "Plain": return .plain(inlines(c))
            case "Para": return .para(inlines(c))
            case "LineBlock": return .lineBlock(parts.map { inlines($0) })
            case "CodeBlock": return .codeBlock(parts.count == 2 ? (parts[1] as? String ?? "") : "")
            case "RawBlock": return .rawBlock(format: part(parts, 0) ?? "", part(parts, 1) ?? "")
            case "BlockQuote": return .blockQuote(blocks(c))
            case "OrderedList":
                let attributes = parts.first as? [Any] ?? []
                let items = parts.count > 1 ? (parts[1] as? [Any] ?? []) : []
                return .orderedList(start: (attributes.first as? Int) ?? 1, items.map { blocks($0) })
            case "BulletList": return .bulletList(parts.map { blocks($0) })
            case "DefinitionList":
                return .definitionList(parts.compactMap { item in
                    guard let pair = item as? [Any], pair.count == 2 else { return nil }
                    return PandocBlock.DefinitionItem(term: inlines(pair[0]), definitions: ((pair[1] as? [Any]) ?? []).map { blocks($0) })
                })
            case "Header":
                guard parts.count == 3 else { return nil }
                return .header(level: (parts[0] as? Int) ?? 1, inlines(parts[2]))
            case "HorizontalRule": return .horizontalRule
            case "Table": return table(parts).map { .table($0) }
            case "Div": return .div(attr(parts.first), blocks(parts.count > 1 ? parts[1] : nil))
            case "Null": return .null
            default:
                unknown[tag, default: 0] += 1
                return nil
            }
        }

        mutating func inline(_ node: Any) -> PandocInline? {
            guard let node = node as? [String: Any], let tag = node["t"] as? String else { return nil }
            let c = node["c"]
            let parts = c as? [Any] ?? []
            switch tag {
            case "Str": return .str(c as? String ?? "")
            case "Emph": return .emph(inlines(c))
            case "Strong": return .strong(inlines(c))
            case "Strikeout": return .strikeout(inlines(c))
            case "Underline", "Superscript", "Subscript", "SmallCaps": return .plainStyle(inlines(c))
            case "Quoted":
                let kind = (parts.first as? [String: Any])?["t"] as? String
                return .quoted(double: kind == "DoubleQuote", inlines(parts.count > 1 ? parts[1] : nil))
            case "Cite": return .plainStyle(inlines(parts.count > 1 ? parts[1] : nil))
            case "Code": return .code(part(parts, 1) ?? "")
            case "Space": return .space
            case "SoftBreak": return .softBreak
            case "LineBreak": return .lineBreak
            case "Math": return .math(part(parts, 1) ?? "")
            case "RawInline": return .rawInline(format: part(parts, 0) ?? "", part(parts, 1) ?? "")
            case "Link", "Image":
                guard parts.count == 3, let target = parts[2] as? [Any] else { return nil }
                let url = target.first as? String ?? "", title = target.count > 1 ? target[1] as? String ?? "" : ""
                if tag == "Link" { return .link(inlines(parts[1]), url: url, title: title) }
                return .image(attr(parts[0]), inlines(parts[1]), url: url, title: title)
            case "Note": return .note(blocks(c))
            case "Span": return .span(attr(parts.first), inlines(parts.count > 1 ? parts[1] : nil))
            default:
                unknown[tag, default: 0] += 1
                return nil
            }
        }

        mutating func table(_ parts: [Any]) -> PandocTable? {
            // [attr, caption, colspecs, head, bodies, foot]
            guard parts.count == 6 else { return nil }
            let caption = blocks((parts[1] as? [Any])?.last)
            let alignments: [PandocTable.Alignment] = ((parts[2] as? [Any]) ?? []).map { spec in
                switch ((spec as? [Any])?.first as? [String: Any])?["t"] as? String {
                case "AlignLeft": return .left
                case "AlignRight": return .right
                case "AlignCenter": return .center
                default: return .standard
                }
            }
            let head = rows((parts[3] as? [Any])?.last)
            var body: [[[PandocBlock]]] = []
            for tableBody in (parts[4] as? [Any]) ?? [] {
                guard let tableBody = tableBody as? [Any], tableBody.count == 4 else { continue }
                body += rows(tableBody[2]) + rows(tableBody[3])
            }
            body += rows((parts[5] as? [Any])?.last)
            return PandocTable(alignments: alignments, head: head, rows: body, caption: caption)
        }

        mutating func rows(_ node: Any?) -> [[[PandocBlock]]] {
            ((node as? [Any]) ?? []).map { row in
                let cells = ((row as? [Any])?.last as? [Any]) ?? []
                // Cell: [attr, alignment, rowspan, colspan, blocks]
                return cells.map { blocks(($0 as? [Any])?.last) }
            }
        }

        func attr(_ node: Any?) -> PandocAttr {
            guard let parts = node as? [Any], parts.count == 3 else { return PandocAttr() }
            var values: [String: String] = [:]
            for pair in (parts[2] as? [Any]) ?? [] {
                if let pair = pair as? [String], pair.count == 2 { values[pair[0]] = pair[1] }
            }
            return PandocAttr(id: parts[0] as? String ?? "", classes: (parts[1] as? [String]) ?? [], values: values)
        }

        func part(_ parts: [Any], _ i: Int) -> String? { i < parts.count ? parts[i] as? String : nil }

        /// A metadata value's text, one string per list item.
        mutating func metaTexts(_ value: Any) -> [String] {
            guard let node = value as? [String: Any], let tag = node["t"] as? String else { return [] }
            switch tag {
            case "MetaString": return [node["c"] as? String ?? ""]
            case "MetaInlines": return [InlineText.plain(inlines(node["c"]))]
            case "MetaBlocks": return [blocks(node["c"]).map(InlineText.plain).joined(separator: " ")]
            case "MetaList": return ((node["c"] as? [Any]) ?? []).flatMap { metaTexts($0) }
            default: return []
            }
        }
    }
}
