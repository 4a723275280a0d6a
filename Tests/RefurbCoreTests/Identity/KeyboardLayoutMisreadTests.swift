import Testing
@testable import RefurbCore

/// A scanner set to QWERTY on a French AZERTY computer: its reads are refused, with what it meant.
@Suite("Scanner on the wrong keyboard")
struct KeyboardLayoutMisreadTests {
    @Test("the whole digit row is recognised and read back as 1234567890")
    func digitRow() throws {
        let misread = try #require(KeyboardLayoutMisread.detect(in: "&é\"'(-è_çà"))
        #expect(misread.meant == "1234567890")
    }

    @Test("a serial of letters and digits, as the wrong keyboard types it, is read back to the sticker's",
          arguments: [("(CGè\"à&XYW", "5CG7301XYZ"), ("PFà'çY\"(", "PF049Y35"), ("C&àé'Q_ç", "C1024A89"),
                      ("SéUè))&&", "S2U7--11")])
    func mixedWithLetters(scanned: String, meant: String) throws {
        let misread = try #require(KeyboardLayoutMisread.detect(in: scanned))
        #expect(misread.meant == meant)
        let error = #expect(throws: IntakeInputError.self) { try SerialNumber(personScanned: scanned) }
        #expect(error == .scan(.scannerKeyboardLayout(misread)))
        #expect(error?.problemCode == "scanner-keyboard-layout")
    }

    @Test("real serials are not flagged: one é, a dash, digits with accents, plain serials",
          arguments: ["CAFÉ-1234", "SÉRIE-ABCDE", "5CG7301XYZ", "ABC-DEF-GHI", "PF0ABCDE", "Hélène-é9", "R-é-Q"])
    func realSerialsPass(text: String) {
        #expect(KeyboardLayoutMisread.detect(in: text) == nil)
    }

    @Test("even confirmed as unusual, a wrong-keyboard read is refused: what it meant is the serial to scan")
    func notForceable() {
        #expect(throws: IntakeInputError.self) { try SerialNumber(personScanned: "(CGè\"à&XYW", confirmedUnusual: true) }
    }

    @Test("the message says in plain words the scanner is on the wrong keyboard and shows what it meant, in French and English")
    func message() throws {
        let error = try #require(#expect(throws: IntakeInputError.self) { try SerialNumber(personScanned: "(CGè\"à&XYW") })
        let french = error.message.text(in: .fr, catalog: .core)
        let english = error.message.text(in: .en, catalog: .core)
        #expect(french.contains("clavier américain (QWERTY) au lieu du clavier français (AZERTY)"))
        #expect(french.contains("« 5CG7301XYZ »") && french.contains("Rien n'a été enregistré"))
        #expect(english.contains("US keyboard (QWERTY) instead of the French one (AZERTY)"))
        #expect(english.contains("“5CG7301XYZ”"))
    }
}

/// Serials that do not look like one: refused unless confirmed.
@Suite("Unusual serials")
struct SerialPlausibilityTests {
    @Test("four characters or fewer, or no Latin letter or digit, is refused with its reason",
          arguments: [("5CG7", SerialScanRefusal.Unusual.tooShort(5)), ("A", .tooShort(5)),
                      ("----///", .noLetterOrDigit), ("ÉÉÉÉÉ", .noLetterOrDigit), ("-/-/-", .noLetterOrDigit)])
    func refused(text: String, why: SerialScanRefusal.Unusual) {
        let error = #expect(throws: IntakeInputError.self) { try SerialNumber(personScanned: text) }
        #expect(error == .scan(.unusual(text, why)))
        #expect(error?.problemCode == "unusual-serial")
    }

    @Test("confirmed by the person, the same serial is kept as typed")
    func confirmed() throws {
        #expect(try SerialNumber(personScanned: "5CG7", confirmedUnusual: true)?.text == "5CG7")
        #expect(try SerialNumber(personScanned: "ÉÉÉÉÉ", confirmedUnusual: true)?.text == "ÉÉÉÉÉ")
    }

    @Test("ordinary serials pass, and a firmware serial read by a report is not held to the person's rule")
    func ordinary() throws {
        #expect(try SerialNumber(personScanned: "5CG7301XYZ")?.text == "5CG7301XYZ")
        #expect(try SerialNumber(personScanned: "  ") == nil)
        #expect(try SerialNumber(scanned: "1234")?.text == "1234")
    }

    @Test("the messages say what is odd and that it can be confirmed")
    func messages() {
        let short = SerialScanRefusal.unusual("5CG7", .tooShort(5)).message
        #expect(short.text(in: .fr, catalog: .core).contains("moins de 5 caractères"))
        #expect(short.text(in: .en, catalog: .core).contains("confirm this number"))
    }

    @Test("intake takes the confirmation")
    func intake() throws {
        #expect(throws: IntakeInputError.self) { try IntakeInput(lot: "LOT-2026-0001", category: "laptop", serial: "5CG7") }
        let input = try IntakeInput(lot: "LOT-2026-0001", category: "laptop", serial: "5CG7", confirmedUnusualSerial: true)
        #expect(input.serial?.text == "5CG7")
    }
}
