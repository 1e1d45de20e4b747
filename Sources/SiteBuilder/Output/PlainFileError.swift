/// Why a plain write failed, as a sentence naming the file.
struct PlainFileError: Error, CustomStringConvertible {
    let message: String
    var description: String { message }
}
