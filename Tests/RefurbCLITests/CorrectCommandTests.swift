import Foundation
import Testing

@Suite("refurb device correct, lot correct, and bad scans at intake")
struct CorrectCommandTests {
    @Test("a mistyped serial is corrected with a reason, kept in the history; a serial another device has is refused naming it")
    func deviceCorrect() throws {
        let refurb = try RefurbProcess()
        defer { refurb.cleanUp() }
        let code = try refurb.run(["lot", "open", "--donor", "Mairie de Rennes"]).stdout.trimmingCharacters(in: .whitespacesAndNewlines)
        let tag = try refurb.run(["intake", "--lot", code, "--category", "laptop", "--serial", "5CG7301XZY"]).stdout
            .trimmingCharacters(in: .whitespacesAndNewlines)
        let other = try refurb.run(["intake", "--lot", code, "--category", "laptop", "--serial", "PF1ABCDE"]).stdout
            .trimmingCharacters(in: .whitespacesAndNewlines)

        let missing = try refurb.run(["device", "correct", tag, "--serial", "5CG7301XYZ", "--reason", " "])
        #expect(missing.status == 2, "\(missing.stderr)")
        #expect(missing.stderr.contains("motif"), "\(missing.stderr)")

        let corrected = try refurb.run(["device", "correct", tag, "--serial", "5CG7301XYZ", "--reason", "faute de frappe",
                                        "--expect-version", "1"])
        #expect(corrected.status == 0, "\(corrected.stderr)")
        #expect(corrected.stdout.contains("5CG7301XZY → 5CG7301XYZ (motif : faute de frappe)"), "\(corrected.stdout)")
        let shown = try refurb.run(["device", "show", "5CG7301XYZ"])
        #expect(shown.status == 0 && shown.stdout.contains("faute de frappe"), "\(shown.stdout)")

        let stale = try refurb.run(["device", "correct", tag, "--model", "T480", "--reason", "r", "--expect-version", "1"])
        #expect(stale.status == 1, "\(stale.stderr)")

        let duplicate = try refurb.run(["device", "correct", other, "--serial", "5cg7301xyz", "--reason", "scan"], language: "en")
        #expect(duplicate.status == 2, "\(duplicate.stderr)")
        #expect(duplicate.stderr.contains(tag), "\(duplicate.stderr)")
    }

    @Test("a lot's weight and donor are corrected with a reason")
    func lotCorrect() throws {
        let refurb = try RefurbProcess()
        defer { refurb.cleanUp() }
        let code = try refurb.run(["lot", "open", "--donor", "Mairie de Renes", "--weight-kg", "48,5"]).stdout
            .trimmingCharacters(in: .whitespacesAndNewlines)
        let corrected = try refurb.run(["lot", "correct", code, "--donor", "Mairie de Rennes", "--weight-kg", "52,5",
                                        "--reason", "bon de dépôt", "--json"])
        #expect(corrected.status == 0, "\(corrected.stderr)")
        let json = try #require(try corrected.json() as? [String: Any])
        #expect(json["donor"] as? String == "Mairie de Rennes")
        #expect(json["weightKg"] as? Double == 52.5)
        #expect(json["version"] as? Int == 3)
    }

    @Test("intake refuses a read from a QWERTY scanner and a short serial unless forced")
    func badScans() throws {
        let refurb = try RefurbProcess()
        defer { refurb.cleanUp() }
        let code = try refurb.run(["lot", "open", "--donor", "Mairie"]).stdout.trimmingCharacters(in: .whitespacesAndNewlines)
        let azerty = try refurb.run(["intake", "--lot", code, "--category", "laptop", "--serial", "(CGè\"à&XYW"])
        #expect(azerty.status == 2, "\(azerty.stderr)")
        #expect(azerty.stderr.contains("clavier américain (QWERTY)") && azerty.stderr.contains("« 5CG7301XYZ »"), "\(azerty.stderr)")
        let short = try refurb.run(["intake", "--lot", code, "--category", "laptop", "--serial", "5CG7"])
        #expect(short.status == 2, "\(short.stderr)")
        #expect((try refurb.run(["device", "list", "--lot", code, "--json"]).json() as? [Any])?.count == 0)
        let forced = try refurb.run(["intake", "--lot", code, "--category", "laptop", "--serial", "5CG7", "--force-serial"])
        #expect(forced.status == 0, "\(forced.stderr)")
    }
}
