/// Whether a scanned serial looks like one. A manufacturer's serial has at least five characters and at
/// least one letter or digit of the Latin alphabet; a scan that stops short (four characters read off a
/// torn sticker) or a text of symbols and accents only is far more likely a bad read than a real serial.
/// It is refused with the reason, and a person who has the sticker in hand can confirm it and keep it.
public enum SerialPlausibility {
    public static let minimumLength = 5

    /// Why `text` (already trimmed and free of control and invisible characters) is unusual, or nil.
    public static func problem(in text: String) -> SerialScanRefusal? {
        guard text.count >= minimumLength else { return .unusual(text, .tooShort(minimumLength)) }
        guard text.contains(where: { $0.isASCII && ($0.isLetter || $0.isNumber) }) else {
            return .unusual(text, .noLetterOrDigit)
        }
        return nil
    }
}

extension SerialNumber {
    /// A serial scanned or typed by a person for a device (intake, a correction). On top of
    /// `init(scanned:)`, refuses a read from a scanner set to the wrong keyboard (`KeyboardLayoutMisread`,
    /// never accepted: its mapped-back text is what to scan instead) and, unless `confirmedUnusual`, a
    /// serial that does not look like one (`SerialPlausibility`).
    public init?(personScanned input: String, confirmedUnusual: Bool = false) throws(IntakeInputError) {
        let scanned: SerialNumber?
        do { scanned = try SerialNumber(scanned: input) } catch { throw .identifier(error) }
        guard let serial = scanned else { return nil }
        if let misread = KeyboardLayoutMisread.detect(in: serial.text) { throw .scan(.scannerKeyboardLayout(misread)) }
        if !confirmedUnusual, let problem = SerialPlausibility.problem(in: serial.text) { throw .scan(problem) }
        self = serial
    }
}
