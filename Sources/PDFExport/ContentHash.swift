import Crypto
import Foundation

/// A SHA-256 digest as lowercase hex (swift-crypto), for cache keys that must be the same on
/// every machine and in every run.
public struct ContentHash: Sendable {
    private var hasher = SHA256()

    public init() {}

    public mutating func update(_ bytes: [UInt8]) { hasher.update(data: bytes) }

    public mutating func update(_ data: Data) { hasher.update(data: data) }

    public mutating func update(_ text: String) {
        var text = text
        text.withUTF8 { hasher.update(bufferPointer: UnsafeRawBufferPointer($0)) }
    }

    public func finish() -> String {
        hasher.finalize().map { byte in
            let hex = String(byte, radix: 16)
            return byte < 16 ? "0" + hex : hex
        }.joined()
    }

    public static func hex(_ text: String) -> String {
        var hash = ContentHash()
        hash.update(text)
        return hash.finish()
    }
}
