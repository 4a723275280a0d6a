import Foundation
import Testing

@Suite("refurb as a process")
struct IntakeWalkthroughTests {
    @Test("a full intake: open a lot, scan devices, catch the double scan, list, show and move")
    func fullIntake() throws {
        let refurb = try RefurbProcess()
        defer { refurb.cleanUp() }

        let lot = try refurb.run(["lot", "open", "--donor", "Mairie de Rennes", "--weight-kg", "48,5", "--declared", "3"])
        #expect(lot.status == 0)
        let code = lot.stdout.trimmingCharacters(in: .whitespacesAndNewlines)
        #expect(code.hasPrefix("LOT-"))

        let first = try refurb.run(["intake", "--lot", code, "--category", "laptop", "--serial", "5CG7301XYZ",
                                    "--manufacturer", "HP", "--model", "EliteBook 840 G5", "--json"])
        #expect(first.status == 0, "\(first.stderr)")
        let device = try #require(try first.json() as? [String: Any])
        let tag = try #require(device["assetTag"] as? String)
        #expect(device["serial"] as? String == "5CG7301XYZ")
        #expect(device["stage"] as? String == "received")

        let noSerial = try refurb.run(["intake", "--lot", code, "--category", "desktop", "--json"])
        #expect(noSerial.status == 0)
        let second = try #require(try noSerial.json() as? [String: Any])
        #expect(second["serial"] is NSNull)

        let doubleScan = try refurb.run(["intake", "--lot", code, "--category", "laptop", "--serial", "5cg7301xyz"])
        #expect(doubleScan.status == 2)
        #expect(doubleScan.stderr.contains(tag))
        #expect(doubleScan.stderr.contains("déjà enregistré"))

        let list = try refurb.run(["device", "list", "--lot", code, "--json"])
        #expect((try list.json() as? [Any])?.count == 2)

        let refused = try refurb.run(["device", "move", tag, "--to", "ready"], language: "en")
        #expect(refused.status == 1)
        #expect(refused.stderr.contains("cannot become"))

        let needsReport = try refurb.run(["device", "move", tag, "--to", "diagnosed", "--json"])
        #expect(needsReport.status == 1)
        let error = try #require((try needsReport.json() as? [String: Any])?["error"] as? [String: Any])
        #expect(error["rules"] as? [String] == ["needs-diagnostic-report"])

        let parts = try refurb.run(["device", "move", tag, "--to", "for-parts", "--reason", "écran cassé"])
        #expect(parts.status == 0)
        #expect(try refurb.run(["device", "storage", "destroyed", tag, "--drive", "WD-WCC4N1234567"]).status == 0)
        #expect(try refurb.run(["device", "move", tag, "--to", "recycled"]).status == 0)

        let shown = try refurb.run(["device", "show", "5CG7301XYZ", "--json"])
        let history = try #require((try shown.json() as? [String: Any])?["events"] as? [[String: Any]])
        #expect(history.map { $0["kind"] as? String } == ["received", "moved", "storage-destroyed", "moved"])
        #expect(history.allSatisfy { $0["user"] as? String == "camille" })

        let text = try refurb.run(["device", "show", tag])
        #expect(text.stdout.contains("recyclé"))
        #expect(text.stdout.contains("Historique"))
    }

    @Test("bad input exits with 2 and a message, and changes nothing")
    func badInput() throws {
        let refurb = try RefurbProcess()
        defer { refurb.cleanUp() }
        let code = try refurb.run(["lot", "open", "--donor", "Emmaüs"]).stdout.trimmingCharacters(in: .whitespacesAndNewlines)

        let cases: [[String]] = [
            ["intake", "--lot", code, "--category", "toaster"],
            ["intake", "--lot", "LOT-2099-0042", "--category", "laptop"],
            ["intake", "--lot", "not-a-lot", "--category", "laptop"],
            ["intake", "--lot", code, "--category", "laptop", "--serial", "AB\u{1B}[2J"],
            ["intake", "--lot", code],
            ["device", "show", "R000001X"],
            ["lot", "open", "--donor", "X", "--weight-kg", "lourd"],
            ["device", "price", "R000001L", "douze"],
            ["device", "list", "--stage", "lost"],
        ]
        for arguments in cases {
            let outcome = try refurb.run(arguments)
            #expect(outcome.status == 2, "\(arguments) exited with \(outcome.status)")
            #expect(!outcome.stderr.isEmpty, "\(arguments) said nothing")
        }
        let list = try refurb.run(["device", "list", "--json"])
        #expect((try list.json() as? [Any])?.isEmpty == true)
        let lots = try refurb.run(["lot", "list", "--json"])
        #expect((try lots.json() as? [Any])?.count == 1)
    }
}
