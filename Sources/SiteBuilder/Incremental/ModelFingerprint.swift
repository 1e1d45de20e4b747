/// A hash of everything a page's view model holds. Rendering is a pure function of the
/// template and the model, so a page whose template and model fingerprints are unchanged
/// renders to the same bytes, and is not rendered again. This is what makes the dependency
/// tracking exact without a hand-kept map of which page shows which brief: whatever a model
/// takes from other briefs, people or centres (cards, bylines, counts, related briefs) is in it.
///
/// Hashes use the process's random seed; fingerprints are only compared within one process.
///
/// While hashing it also notes the briefs the page links to (strings that are a brief's URL,
/// `<base>briefs/<slug>/…`): every card, byline and brief page carries its brief's URL, so
/// these are the briefs whose text the page shows (`IncrementalBuilder`'s fast path).
struct ModelFingerprint {
    private var hasher = Hasher()
    private let briefURLPrefix: String
    private(set) var briefs: Set<Substring> = []

    private init(briefURLPrefix: String) {
        self.briefURLPrefix = briefURLPrefix
    }

    static func of(_ model: [String: Any], salt: Int) -> Int {
        of(model, salt: salt, briefURLPrefix: "\u{0}").fingerprint
    }

    /// The fingerprint and the slugs of the briefs the model links to.
    static func of(_ model: [String: Any], salt: Int, briefURLPrefix: String) -> (fingerprint: Int, briefs: Set<String>) {
        var f = ModelFingerprint(briefURLPrefix: briefURLPrefix)
        f.hasher.combine(salt)
        f.add(model)
        return (f.hasher.finalize(), Set(f.briefs.map(String.init)))
    }

    private mutating func add(_ value: Any) {
        switch value {
        case let s as String:
            hasher.combine(1 as UInt8)
            addBytes(s)
            if s.hasPrefix(briefURLPrefix) {
                let rest = s.dropFirst(briefURLPrefix.count)
                briefs.insert(rest.prefix { $0 != "/" && $0 != "#" && $0 != "?" })
            }
        case let d as [String: Any]:
            hasher.combine(2 as UInt8)
            hasher.combine(d.count)
            for key in d.keys.sorted() {
                addBytes(key)
                add(d[key]!)
            }
        case let a as [Any]:
            hasher.combine(3 as UInt8)
            hasher.combine(a.count)
            for element in a { add(element) }
        case let b as Bool:
            hasher.combine(4 as UInt8)
            hasher.combine(b)
        case let i as Int:
            hasher.combine(5 as UInt8)
            hasher.combine(i)
        case let d as Double:
            hasher.combine(6 as UInt8)
            hasher.combine(d)
        case let s as Substring:
            hasher.combine(1 as UInt8)
            addBytes(String(s))
        default:
            // Anything else a model may hold in future: its type and its description.
            hasher.combine(8 as UInt8)
            addBytes(String(reflecting: type(of: value)))
            addBytes(String(describing: value))
        }
    }

    private mutating func addBytes(_ s: String) {
        var s = s
        s.withUTF8 { buffer in
            hasher.combine(buffer.count)
            hasher.combine(bytes: UnsafeRawBufferPointer(buffer))
        }
    }
}
