import Testing
@testable import RefurbCore

/// Zero-width and direction characters in a serial are refused with the character named: kept, they would make
/// a serial that looks like the sticker's and never matches it (nor the firmware's, nor a duplicate's).
@Suite("Invisible characters in serials")
struct InvisibleCharacterTests {
    static let zeroWidth: [Unicode.Scalar] = ["\u{200B}", "\u{200C}", "\u{200D}", "\u{2060}", "\u{FEFF}"]
    static let direction: [Unicode.Scalar] = ["\u{200E}", "\u{200F}", "\u{202A}", "\u{202B}", "\u{202C}", "\u{202D}",
                                              "\u{202E}", "\u{2066}", "\u{2067}", "\u{2068}", "\u{2069}"]

    @Test("every zero-width and direction character is refused wherever it is, and named with its place",
          arguments: zeroWidth + direction)
    func refusedAndNamed(scalar: Unicode.Scalar) throws {
        for (text, position) in [("\(scalar)5CG7301XYZ", 1), ("5CG7\(scalar)301XYZ", 5), ("5CG7301XYZ\(scalar)", 11)] {
            let error = #expect(throws: IdentifierError.self) { try SerialNumber(scanned: text) }
            guard case .invisibleCharacter(let found)? = error else {
                Issue.record("U+\(String(scalar.value, radix: 16)) in \(text.debugDescription): \(String(describing: error))")
                continue
            }
            #expect(found.scalar == scalar)
            #expect(found.position == position)
            #expect(found.visibleText == "5CG7301XYZ")
            #expect(found.changesDirection == Self.direction.contains(scalar))
        }
    }

    @Test("the message names the character's code point and place, in French and in English, without the character")
    func message() throws {
        let error = #expect(throws: IdentifierError.self) { try SerialNumber(scanned: "PF1X\u{200B}2Y3Z") }
        let message = try #require(error).message
        let french = message.text(in: .fr, catalog: .core)
        let english = message.text(in: .en, catalog: .core)
        #expect(french == "« PF1X2Y3Z » contient un caractère invisible (U+200B, de largeur nulle) en position 5, sans doute venu d'un texte copié-collé. Tapez le numéro à la main ou scannez l'étiquette.")
        #expect(english.contains("U+200B") && english.contains("position 5") && english.contains("“PF1X2Y3Z”"))

        // A right-to-left override quoted back would reverse the rest of the message on screen: it is left out.
        let override = #expect(throws: IdentifierError.self) { try SerialNumber(scanned: "\u{202E}ZYX1037GC5") }
        let overrideText = try #require(override).message.text(in: .en, catalog: .core)
        #expect(overrideText.contains("U+202E") && overrideText.contains("writing direction"))
        #expect(!overrideText.unicodeScalars.contains("\u{202E}"))
    }

    @Test("serials without them are unchanged: ASCII, accented letters, spaces trimmed as before")
    func ordinarySerialsPass() throws {
        #expect(try SerialNumber(scanned: "5CG7301XYZ")?.text == "5CG7301XYZ")
        #expect(try SerialNumber(scanned: "SÉRIE-1")?.text == "SÉRIE-1")
        #expect(try SerialNumber(scanned: "\u{00A0}ABC 123\u{00A0}")?.text == "ABC 123")
        #expect(InvisibleCharacter.first(in: "R000001L") == nil)
        #expect(InvisibleCharacter.first(in: "Ünïcödé-ÄÖ") == nil)
    }

    @Test("intake names the field's problem the same way, and a control character is still told as one")
    func intakeInput() throws {
        let error = #expect(throws: IntakeInputError.self) {
            try IntakeInput(lot: "LOT-2026-0001", category: "laptop", serial: "AB\u{2060}12")
        }
        guard case .identifier(.invisibleCharacter(let found))? = error else {
            Issue.record("\(String(describing: error))")
            return
        }
        #expect(found.code == "U+2060")
        #expect(throws: IdentifierError.serialHasControlCharacters) { try SerialNumber(scanned: "AB\u{1B}\u{200B}12") }
    }
}
