/// A serial a person scanned that is refused although it is well formed: it came from a scanner set to
/// the wrong keyboard (`KeyboardLayoutMisread`), or it does not look like a serial (`SerialPlausibility`,
/// which the person may confirm).
public enum SerialScanRefusal: Error, Hashable, Sendable {
    case scannerKeyboardLayout(KeyboardLayoutMisread)
    case unusual(String, Unusual)

    public enum Unusual: Hashable, Sendable {
        case tooShort(Int)
        case noLetterOrDigit
    }

    /// The stable code an API answer gives.
    public var problemCode: String {
        switch self {
        case .scannerKeyboardLayout: "scanner-keyboard-layout"
        case .unusual: "unusual-serial"
        }
    }

    public var message: Message {
        switch self {
        case .scannerKeyboardLayout(let misread):
            Message("identifier.scannerKeyboardLayout", misread.scanned, misread.meant)
        case .unusual(let text, .tooShort(let minimum)):
            Message("identifier.serialTooShort", text, String(minimum))
        case .unusual(let text, .noLetterOrDigit):
            Message("identifier.serialWithoutLetterOrDigit", text)
        }
    }
}
