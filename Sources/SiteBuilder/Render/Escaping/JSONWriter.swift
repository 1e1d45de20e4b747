/// JSON written straight into bytes, laid out exactly as `JSONEncoder` lays it out with sorted
/// keys, pretty or compact, slashes and non-ASCII left as they are, for the
/// files and tags made once per brief: going through `Encodable` cost more than the rest of
/// their making (`JSONWriterTests` checks that both give the same bytes). Callers write each
/// object's keys in sorted order; the writer checks that they do.
struct JSONWriter {
    private(set) var bytes: [UInt8] = []
    let pretty: Bool
    /// Also escapes `<`, `>`, `&`, U+2028 and U+2029, so the JSON can sit in a `<script>`.
    let scriptSafe: Bool
    /// For each open object or array: whether it has a member yet, and the last key written.
    private var open: [(hasMember: Bool, lastKey: String?)] = []

    init(pretty: Bool, scriptSafe: Bool = false) {
        self.pretty = pretty
        self.scriptSafe = scriptSafe
        bytes.reserveCapacity(2048)
    }

    // MARK: Values (the whole document, or an element of the array being written)

    mutating func object(_ body: (inout JSONWriter) -> Void) {
        startValue()
        container(UInt8(ascii: "{"), UInt8(ascii: "}"), body)
    }

    mutating func array(_ body: (inout JSONWriter) -> Void) {
        startValue()
        container(UInt8(ascii: "["), UInt8(ascii: "]"), body)
    }

    mutating func string(_ value: String) {
        startValue()
        append(value)
    }

    mutating func int(_ value: Int) {
        startValue()
        bytes.append(contentsOf: String(value).utf8)
    }

    // MARK: Members of the object being written (nil: left out, as `Encodable` leaves it out)

    mutating func field(_ name: String, _ value: String?) {
        guard let value else { return }
        key(name)
        append(value)
    }

    mutating func field(_ name: String, _ value: Int) {
        key(name)
        bytes.append(contentsOf: String(value).utf8)
    }

    mutating func field(_ name: String, _ value: Bool) {
        key(name)
        bytes.append(contentsOf: (value ? "true" : "false").utf8)
    }

    mutating func field(_ name: String, _ values: [String]?) {
        guard let values else { return }
        key(name)
        container(UInt8(ascii: "["), UInt8(ascii: "]")) { w in for value in values { w.string(value) } }
    }

    mutating func field(_ name: String, object body: (inout JSONWriter) -> Void) {
        key(name)
        container(UInt8(ascii: "{"), UInt8(ascii: "}"), body)
    }

    mutating func field(_ name: String, array body: (inout JSONWriter) -> Void) {
        key(name)
        container(UInt8(ascii: "["), UInt8(ascii: "]"), body)
    }

    // MARK: Layout

    private mutating func container(_ opening: UInt8, _ closing: UInt8, _ body: (inout JSONWriter) -> Void) {
        bytes.append(opening)
        open.append((false, nil))
        body(&self)
        let closed = open.removeLast()
        if pretty {
            // An empty container gets a blank line inside, as JSONEncoder writes it.
            if !closed.hasMember { bytes.append(UInt8(ascii: "\n")) }
            newline(depth: open.count)
        }
        bytes.append(closing)
    }

    private mutating func key(_ key: String) {
        let last = open[open.count - 1].lastKey
        precondition(last.map { $0 < key } ?? true, "JSON keys out of order: \(last ?? "") before \(key)")
        startValue()
        open[open.count - 1].lastKey = key
        append(key)
        if pretty {
            bytes.append(contentsOf: [UInt8(ascii: " "), UInt8(ascii: ":"), UInt8(ascii: " ")])
        } else {
            bytes.append(UInt8(ascii: ":"))
        }
    }

    /// The comma after the previous member and, pretty, the new line and indentation.
    private mutating func startValue() {
        guard !open.isEmpty else { return }
        if open[open.count - 1].hasMember { bytes.append(UInt8(ascii: ",")) }
        open[open.count - 1].hasMember = true
        if pretty { newline(depth: open.count) }
    }

    private mutating func newline(depth: Int) {
        bytes.append(UInt8(ascii: "\n"))
        for _ in 0..<depth { bytes.append(contentsOf: [UInt8(ascii: " "), UInt8(ascii: " ")]) }
    }

    private static let hex = Array("0123456789abcdef".utf8)

    private mutating func append(_ value: String) {
        bytes.append(UInt8(ascii: "\""))
        var value = value
        value.withUTF8 { utf8 in
            var i = 0
            while i < utf8.count {
                let byte = utf8[i]
                switch byte {
                case UInt8(ascii: "\""), UInt8(ascii: "\\"): bytes.append(UInt8(ascii: "\\")); bytes.append(byte)
                case 0x0A: escape(UInt8(ascii: "n"))
                case 0x0D: escape(UInt8(ascii: "r"))
                case 0x09: escape(UInt8(ascii: "t"))
                case 0x08: escape(UInt8(ascii: "b"))
                case 0x0C: escape(UInt8(ascii: "f"))
                case 0x00..<0x20: unicodeEscape(UInt16(byte))
                case UInt8(ascii: "<"), UInt8(ascii: ">"), UInt8(ascii: "&"):
                    if scriptSafe { unicodeEscape(UInt16(byte)) } else { bytes.append(byte) }
                case 0xE2 where scriptSafe && i + 2 < utf8.count && utf8[i + 1] == 0x80
                    && (utf8[i + 2] == 0xA8 || utf8[i + 2] == 0xA9):
                    unicodeEscape(utf8[i + 2] == 0xA8 ? 0x2028 : 0x2029)
                    i += 2
                default: bytes.append(byte)
                }
                i += 1
            }
        }
        bytes.append(UInt8(ascii: "\""))
    }

    private mutating func escape(_ letter: UInt8) {
        bytes.append(UInt8(ascii: "\\"))
        bytes.append(letter)
    }

    private mutating func unicodeEscape(_ code: UInt16) {
        bytes.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "u")])
        for shift in stride(from: 12, through: 0, by: -4) { bytes.append(Self.hex[Int((code >> UInt16(shift)) & 0xF)]) }
    }
}
