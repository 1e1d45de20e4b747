/// A small BibTeX reader for tests: one entry's type, key and fields, with braces and TeX
/// escapes undone the way BibTeX and biber read them.
struct BibTeXReader {
    var type = ""
    var key = ""
    /// Field values as written (braces kept), by lowercased name.
    var raw: [String: String] = [:]

    enum Failure: Error {
        case malformed(String)
    }

    init(_ text: String) throws {
        let chars = Array(text)
        var i = 0
        func skipSpace() { while i < chars.count, chars[i].isWhitespace { i += 1 } }
        func word() -> String {
            var w = ""
            while i < chars.count, chars[i].isLetter || chars[i].isNumber || "_-:".contains(chars[i]) { w.append(chars[i]); i += 1 }
            return w
        }
        skipSpace()
        guard i < chars.count, chars[i] == "@" else { throw Failure.malformed("no @") }
        i += 1
        type = word().lowercased()
        skipSpace()
        guard i < chars.count, chars[i] == "{" else { throw Failure.malformed("no {") }
        i += 1
        key = word()
        skipSpace()
        while i < chars.count, chars[i] == "," {
            i += 1
            skipSpace()
            if i < chars.count, chars[i] == "}" { break }
            let name = word().lowercased()
            skipSpace()
            guard i < chars.count, chars[i] == "=" else { throw Failure.malformed("no = after \(name)") }
            i += 1
            skipSpace()
            var value = ""
            if chars[i] == "{" {
                var depth = 0
                repeat {
                    if chars[i] == "\\" { value.append(chars[i]); i += 1; value.append(chars[i]); i += 1; continue }
                    if chars[i] == "{" { depth += 1 }
                    if chars[i] == "}" { depth -= 1 }
                    value.append(chars[i])
                    i += 1
                } while depth > 0 && i < chars.count
                guard depth == 0 else { throw Failure.malformed("unbalanced braces in \(name)") }
                value = String(value.dropFirst().dropLast())
            } else {
                value = word()
            }
            raw[name] = value
            skipSpace()
        }
        guard i < chars.count, chars[i] == "}" else { throw Failure.malformed("entry not closed") }
    }

    /// The field as a reader prints it: TeX commands for special characters resolved, grouping
    /// braces removed.
    func field(_ name: String) -> String? { raw[name].map(Self.untex) }

    /// `author`, split on " and " outside braces, each as (family, given).
    var authors: [(family: String, given: String?)] {
        guard let value = raw["author"] else { return [] }
        var parts: [String] = []
        var depth = 0
        var current = ""
        var rest = Substring(value)
        while let c = rest.first {
            if c == "{" { depth += 1 }
            if c == "}" { depth -= 1 }
            if depth == 0, rest.hasPrefix(" and ") {
                parts.append(current)
                current = ""
                rest = rest.dropFirst(5)
                continue
            }
            current.append(c)
            rest = rest.dropFirst()
        }
        parts.append(current)
        return parts.map { part in
            var depth = 0
            for (offset, c) in part.enumerated() {
                if c == "{" { depth += 1 } else if c == "}" { depth -= 1 } else if c == ",", depth == 0 {
                    let index = part.index(part.startIndex, offsetBy: offset)
                    return (Self.untex(String(part[..<index])),
                            Self.untex(String(part[part.index(after: index)...]).trimmingCharacters(in: .whitespaces)))
                }
            }
            return (Self.untex(part), nil)
        }
    }

    static func untex(_ s: String) -> String {
        var out = s
        for (command, character) in [("\\textbackslash{}", "\u{1}"), ("\\textasciicircum{}", "^"), ("\\textasciitilde{}", "~")] {
            out = out.replacingOccurrences(of: command, with: character)
        }
        var result = ""
        var chars = out.makeIterator()
        while let c = chars.next() {
            if c == "\\" {
                if let next = chars.next() { result.append(next) }
            } else if c != "{" && c != "}" {
                result.append(c)
            }
        }
        return result.replacingOccurrences(of: "\u{1}", with: "\\")
    }
}

import Foundation
