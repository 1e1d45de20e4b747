import PDFExport

/// Why a manuscript could not be imported; nothing is written in any of these cases. Each reads
/// as a sentence after the file's name.
public enum ImportError: Error, Equatable, CustomStringConvertible {
    case unreadable(String)
    case oldWordFormat
    case notADocx(String)
    case tooLarge(String)
    case pandoc(ExternalToolError)
    case unreadablePandocOutput
    case exists(String)
    case cannotWrite(String)

    public var description: String {
        switch self {
        case .unreadable(let reason): return "cannot be read: \(reason)"
        case .oldWordFormat:
            return "is an old Word document (.doc, Word 97–2003) or a password-protected one, which Imprint cannot read; open it in Word or LibreOffice and save it as .docx without a password"
        case .notADocx(let reason): return "is not a readable .docx file (\(reason)); was it damaged or cut short in transfer?"
        case .tooLarge(let reason): return "was refused: \(reason)"
        case .pandoc(let error): return "could not be converted: \(error)"
        case .unreadablePandocOutput: return "could not be converted: Pandoc's output was not the document tree Imprint reads"
        case .exists(let path): return "was not imported: \(path) already exists (--force replaces it)"
        case .cannotWrite(let reason): return "was not imported: \(reason)"
        }
    }
}
