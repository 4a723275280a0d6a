import Foundation
import Testing

@Suite("refurb refuses invisible characters in serials")
struct InvisibleCharacterCommandTests {
    @Test("intake and device show refuse a serial holding a zero-width or direction character, and say which")
    func refusedWithTheCharacterNamed() throws {
        let refurb = try RefurbProcess()
        defer { refurb.cleanUp() }
        let code = try refurb.run(["lot", "open", "--donor", "Mairie de Rennes"]).stdout
            .trimmingCharacters(in: .whitespacesAndNewlines)

        let pasted = try refurb.run(["intake", "--lot", code, "--category", "laptop", "--serial", "5CG7301XYZ\u{FEFF}"], language: "en")
        #expect(pasted.status == 2, "\(pasted.stderr)")
        #expect(pasted.stderr.contains("U+FEFF") && pasted.stderr.contains("position 11"), "\(pasted.stderr)")
        let reversed = try refurb.run(["intake", "--lot", code, "--category", "laptop", "--serial", "\u{2067}5CG7301XYZ"])
        #expect(reversed.status == 2)
        #expect(reversed.stderr.contains("sens d'écriture (U+2067)"), "\(reversed.stderr)")
        #expect((try refurb.run(["device", "list", "--lot", code, "--json"]).json() as? [Any])?.count == 0)

        #expect(try refurb.run(["intake", "--lot", code, "--category", "laptop", "--serial", "5CG7301XYZ"]).status == 0)
        let shown = try refurb.run(["device", "show", "5CG7\u{200B}301XYZ"], language: "en")
        #expect(shown.status == 2, "\(shown.stderr)")
        #expect(shown.stderr.contains("U+200B"), "\(shown.stderr)")
    }
}
