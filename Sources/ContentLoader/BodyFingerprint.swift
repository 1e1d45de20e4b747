/// What a load without bodies remembers of a brief's body, to tell that its file is the one
/// loaded when the body is read again: the file's `stat` before it was read, and the body's
/// length and first line.
public struct BodyFingerprint: Sendable, Equatable {
    public var stamp: FileStamp?
    public var byteCount: Int
    public var startLine: Int
}
