import Foundation
import SiteModel

/// The block a manuscript opens with, read into front matter: the title (and a subtitle after a
/// colon), "By" and the authors each with a role and centre, "Edited by" and the editors, a date,
/// and a disclaimer in brackets or italics. It ends at the first heading or the first paragraph
/// that is none of these; Word's own document properties fill in what it lacks.
struct TitleBlock: Equatable {
    struct Byline: Equatable {
        var name: String
        var role: String?
        var centre: String?
    }

    var title: String?
    var titleWasShouting = false
    var subtitle: String?
    var authors: [Byline] = []
    var editors: [String] = []
    var date: SimpleDate?
    var disclaimer: String?
    /// Title or authors taken from Word's document properties, not from the page.
    var titleFromProperties = false
    var authorsFromProperties = false
    /// How many of the document's blocks it took.
    var length = 0

    static func read(_ blocks: [PandocBlock], meta: [String: [String]], properties: CoreProperties = CoreProperties()) -> TitleBlock {
        var block = TitleBlock()
        var i = 0
        func text(_ b: PandocBlock) -> String {
            InlineText.plain(b).trimmingCharacters(in: .whitespacesAndNewlines.union(.init(charactersIn: "\u{00A0}")))
        }
        while i < blocks.count, text(blocks[i]).isEmpty, isTextBlock(blocks[i]) { i += 1 }

        if let title = meta["title"]?.first {
            block.title = title
        } else if i < blocks.count, isTextBlock(blocks[i]) || isTopHeading(blocks[i]) {
            let candidate = text(blocks[i])
            // A sentence is the text beginning, unless a byline follows it.
            let titleLike = isTopHeading(blocks[i]) || !candidate.hasSuffix(".") || isBylineAhead(blocks, from: i + 1, text: text)
            if titleLike, !candidate.isEmpty, candidate.count <= 250, byline(candidate) == nil, ManuscriptDate.parse(candidate) == nil,
               !candidate.lowercased().hasPrefix("edited by") {
                block.title = candidate
                i += 1
            }
        }
        block.subtitle = meta["subtitle"]?.first

        enum Mode { case none, authors, editors }
        var mode = Mode.none
        var sawByline = false
        while i < blocks.count, isTextBlock(blocks[i]) {
            let line = text(blocks[i])
            if line.isEmpty { i += 1; continue }
            let lower = line.lowercased()
            if lower == "by" || lower == "by:" || lower == "authors" || lower == "authors:" {
                mode = .authors
                sawByline = true
            } else if let rest = byline(line) {
                block.authors += people(rest)
                mode = .authors
                sawByline = true
            } else if let rest = Self.after(["edited by", "editor:", "editors:", "editor", "editors"], in: line) {
                block.editors += people(rest).map(\.name)
                mode = rest.isEmpty ? .editors : .none
            } else if let date = ManuscriptDate.parse(line.replacingOccurrences(of: "Date:", with: "")) {
                block.date = date
            } else if let disclaimer = disclaimer(blocks[i], text: line) {
                block.disclaimer = disclaimer
            } else if mode == .authors, looksLikePerson(line), !isBoldLine(blocks[i]) {
                block.authors += people(line)
            } else if mode == .editors, looksLikePerson(line), !isBoldLine(blocks[i]) {
                block.editors += people(line).map(\.name)
            } else if block.subtitle == nil, !sawByline, block.authors.isEmpty, i + 1 < blocks.count,
                      line.count <= 200, !line.hasSuffix("."), isBylineAhead(blocks, from: i + 1, text: text) {
                block.subtitle = line
            } else {
                break
            }
            i += 1
        }
        block.length = i

        if block.authors.isEmpty, let names = meta["author"] {
            block.authors = names.flatMap(people)
        }
        if block.authors.isEmpty, !properties.creators.isEmpty {
            block.authors = properties.creators.flatMap(people)
            block.authorsFromProperties = true
        }
        if block.title == nil, let title = properties.title {
            block.title = title
            block.titleFromProperties = true
        }
        if block.date == nil, let date = meta["date"]?.first { block.date = ManuscriptDate.parse(date) }
        if var title = block.title {
            if block.subtitle == nil, let colon = title.range(of: ": ") {
                block.subtitle = String(title[colon.upperBound...]).trimmingCharacters(in: .whitespaces)
                title = String(title[..<colon.lowerBound])
            }
            if TitleCase.isShouting(title) {
                block.titleWasShouting = true
                title = TitleCase.make(title)
            }
            if let subtitle = block.subtitle, TitleCase.isShouting(subtitle) { block.subtitle = TitleCase.make(subtitle) }
            block.title = title
        }
        return block
    }

    private static func isTextBlock(_ block: PandocBlock) -> Bool {
        switch block {
        case .para, .plain: return true
        case .div(_, let inner): return inner.count == 1 && isTextBlock(inner[0])
        default: return false
        }
    }

    /// A paragraph that is one bold phrase: a heading written by hand ("Key Findings"), not a name.
    private static func isBoldLine(_ block: PandocBlock) -> Bool {
        guard case .para(let inlines) = block else { return false }
        let content = inlines.filter { $0 != .space && $0 != .softBreak }
        if content.count == 1, case .strong = content[0] { return true }
        return false
    }

    private static func isTopHeading(_ block: PandocBlock) -> Bool {
        if case .header(let level, _) = block { return level == 1 }
        return false
    }

    /// "By Sana Mir and Bilal Khan" → "Sana Mir and Bilal Khan".
    static func byline(_ line: String) -> String? {
        after(["by "], in: line).flatMap { $0.isEmpty ? nil : $0 }
    }

    private static func after(_ prefixes: [String], in line: String) -> String? {
        let lower = line.lowercased()
        for prefix in prefixes where lower.hasPrefix(prefix) {
            let rest = line.dropFirst(prefix.count)
            guard prefix.hasSuffix(" ") || prefix.hasSuffix(":") || rest.isEmpty || rest.first == " " || rest.first == ":" else { continue }
            return rest.trimmingCharacters(in: .whitespaces.union(.init(charactersIn: ":")))
        }
        return nil
    }

    private static func isBylineAhead(_ blocks: [PandocBlock], from start: Int, text: (PandocBlock) -> String) -> Bool {
        for j in start..<min(blocks.count, start + 2) {
            let line = text(blocks[j]).lowercased()
            if line == "by" || line.hasPrefix("by ") { return true }
        }
        return false
    }

    /// Italic throughout, or in brackets, and long enough to be a sentence.
    private static func disclaimer(_ block: PandocBlock, text: String) -> String? {
        let bracketed = (text.hasPrefix("[") && text.hasSuffix("]")) || (text.hasPrefix("(") && text.hasSuffix(")"))
        var italic = false
        if case .para(let inlines) = block {
            let content = inlines.filter { $0 != .space && $0 != .softBreak }
            if content.count == 1, case .emph = content[0] { italic = true }
        }
        guard (bracketed || italic), text.count >= 30 else { return nil }
        let inner = bracketed ? String(text.dropFirst().dropLast()) : text
        return inner.trimmingCharacters(in: .whitespaces)
    }

    static let roleWords = ["fellow", "director", "associate", "researcher", "analyst", "professor", "head", "lead",
                            "manager", "adviser", "advisor", "economist", "scientist", "officer", "chair", "president",
                            "coordinator", "editor", "consultant", "lecturer", "scholar", "specialist", "intern", "founder"]
    static let centreWords = ["centre", "center", "institute", "programme", "program", "unit", "department", "school",
                              "university", "initiative", "lab", "laboratory", "observatory", "council", "foundation"]

    /// "Sana Mir, Senior Fellow, Centre for Climate and Resources and Bilal Khan" → the people in it.
    static func people(_ text: String) -> [Byline] {
        var result: [Byline] = []
        let groups = text.replacingOccurrences(of: " & ", with: " and ").replacingOccurrences(of: ";", with: ",")
            .components(separatedBy: ", and ").flatMap { $0.components(separatedBy: " and ") }
        // "and" inside a centre's name ("Centre for Climate and Resources") joins back to it.
        var pieces: [String] = []
        for group in groups {
            if let last = pieces.last, isCentre(lastPart(last)), !startsLikeName(group) {
                pieces[pieces.count - 1] = last + " and " + group
            } else {
                pieces.append(group)
            }
        }
        for piece in pieces {
            let parts = piece.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
            var current: Byline?
            for part in parts {
                if var person = current, person.role == nil, isRole(part) {
                    person.role = part
                    current = person
                } else if var person = current, person.centre == nil, isCentre(part) {
                    person.centre = part
                    current = person
                } else {
                    if let person = current { result.append(person) }
                    current = Byline(name: part.trimmingCharacters(in: .punctuationCharacters.subtracting(.init(charactersIn: "."))))
                }
            }
            if let person = current { result.append(person) }
        }
        return result.filter { !$0.name.isEmpty }
    }

    private static func lastPart(_ text: String) -> String {
        text.split(separator: ",").last.map { $0.trimmingCharacters(in: .whitespaces) } ?? text
    }

    private static func startsLikeName(_ text: String) -> Bool {
        let first = text.split(separator: ",").first.map { $0.trimmingCharacters(in: .whitespaces) } ?? ""
        let words = first.split(separator: " ")
        return (2...5).contains(words.count) && words.allSatisfy { $0.first?.isUppercase == true } && !isCentre(first) && !isRole(first)
    }

    static func isRole(_ text: String) -> Bool {
        let words = text.lowercased().split(whereSeparator: { !$0.isLetter })
        return words.contains { roleWords.contains(String($0)) }
    }

    static func isCentre(_ text: String) -> Bool {
        let words = text.lowercased().split(whereSeparator: { !$0.isLetter })
        return words.contains { centreWords.contains(String($0)) }
    }

    private static func looksLikePerson(_ line: String) -> Bool {
        guard line.count <= 200, !line.hasSuffix(".") || line.hasSuffix("Jr.") else { return false }
        return startsLikeName(line)
    }
}
