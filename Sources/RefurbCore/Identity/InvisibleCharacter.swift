/// A character that shows nothing and yet is part of a text: a zero-width space or joiner, a byte-order
/// mark, a soft hyphen, or a bidirectional control (U+200E, U+202A–U+202E, U+2066–U+2069…) that reorders
/// what is shown around it. Unicode calls them format characters (general category Cf).
///
/// A scanner never sends one; text copied from a web page, a spreadsheet or a PDF does. In a serial they are
/// refused, not removed: a serial is compared later, character for character, with the one the device's
/// firmware reports and with every other serial recorded, so what is kept must be exactly what the person
/// sees and can check on the sticker. Removing them silently would store a serial nobody typed; refusing
/// with the character named lets the person retype it and see why.
public struct InvisibleCharacter: Hashable, Sendable {
    public let scalar: Unicode.Scalar
    /// Its place in the text, counted in Unicode scalars from 1.
    public let position: Int
    /// The text without its invisible characters, safe to quote back: a direction override left in would
    /// reorder the message around it.
    public let visibleText: String

    /// `U+200B`.
    public var code: String {
        let hex = String(scalar.value, radix: 16, uppercase: true)
        return "U+" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
    }

    /// A bidirectional control rather than a zero-width character.
    public var changesDirection: Bool {
        switch scalar.value {
        case 0x061C, 0x200E, 0x200F, 0x202A...0x202E, 0x2066...0x2069: true
        default: false
        }
    }

    /// The first invisible character of `text`, or nil. Every format character is outside ASCII, so a text
    /// of ASCII bytes only (every label and almost every sticker) is passed after one pass over its bytes.
    public static func first(in text: String) -> InvisibleCharacter? {
        guard text.utf8.contains(where: { $0 >= 0x80 }) else { return nil }
        for (offset, scalar) in text.unicodeScalars.enumerated() where isInvisible(scalar) {
            let visible = String(String.UnicodeScalarView(text.unicodeScalars.filter { !isInvisible($0) }))
            return InvisibleCharacter(scalar: scalar, position: offset + 1, visibleText: visible)
        }
        return nil
    }

    static func isInvisible(_ scalar: Unicode.Scalar) -> Bool {
        scalar.properties.generalCategory == .format
    }
}
