/// A scan typed by a barcode scanner set to a US (QWERTY) keyboard on a computer set to French (AZERTY).
///
/// A USB scanner does not send characters: it sends the keys it would press on the keyboard it is set
/// for, and the computer reads them with its own layout. On a French PC the unshifted digit row of a
/// QWERTY keyboard comes out as `&é"'(-è_çà` (1 → &, 2 → é, … 0 → à), A and Q swap, Z and W swap,
/// M comes out as `?` (lower case as `,`). Upper-case letters are shifted on both layouts, so they come
/// through, which is why such a read looks half right: "5CG7301XYZ" arrives as `(CGè"à&XYW`.
///
/// The one mark that cannot be a real serial: every digit of such a read is replaced, so it holds no
/// digit at all, and instead two or more of `&é"'(è_çà` (the minus sign is left out of the count: it is
/// common in real serials). A real serial that happens to hold one `é` is therefore never taken for one.
public struct KeyboardLayoutMisread: Hashable, Sendable {
    /// The text as it arrived.
    public let scanned: String
    /// What the scanner most probably read, typed back as a QWERTY keyboard would have.
    public let meant: String

    /// The AZERTY character typed for each key a QWERTY scanner meant, read backwards.
    static let meaning: [Character: Character] = [
        "&": "1", "é": "2", "\"": "3", "'": "4", "(": "5", "-": "6", "è": "7", "_": "8", "ç": "9", "à": "0",
        "a": "q", "q": "a", "A": "Q", "Q": "A", "z": "w", "w": "z", "Z": "W", "W": "Z",
        ",": "m", "?": "M", ";": ",", ":": ".", "!": "/", ")": "-", "°": "_", "m": ";", "M": ":",
    ]

    /// The digit-row characters that never stand for themselves in a serial.
    static let digitRowMarks: Set<Character> = ["&", "é", "\"", "'", "(", "è", "_", "ç", "à"]

    /// Nil unless `text` reads like a QWERTY scanner on an AZERTY computer (see the type's comment).
    public static func detect(in text: String) -> KeyboardLayoutMisread? {
        var marks = 0
        for character in text {
            if character.isASCII, character.isNumber { return nil }
            if digitRowMarks.contains(character) { marks += 1 }
        }
        guard marks >= 2 else { return nil }
        return KeyboardLayoutMisread(scanned: text, meant: mappedBack(text))
    }

    /// `text` with every character a QWERTY scanner would have meant by it.
    public static func mappedBack(_ text: String) -> String {
        String(text.map { meaning[$0] ?? $0 })
    }
}
