import Foundation
import Testing

/// Numbers typed on the command line have the same ranges as everywhere else: out of range is exit code 2
/// with the field and the range said in the person's language, and nothing is changed.
@Suite("refurb with numbers out of range")
struct NumberRangeCLITests {
    @Test("a price beyond 1 000 000 €, a lot's weight beyond 100 t, a count or copies out of range: exit 2, range said")
    func outOfRange() throws {
        let refurb = try RefurbProcess()
        defer { refurb.cleanUp() }
        let lot = try refurb.run(["lot", "open", "--donor", "Mairie de Rennes", "--weight-kg", "48,5"])
        #expect(lot.status == 0, "\(lot.stderr)")
        let code = lot.stdout.trimmingCharacters(in: .whitespacesAndNewlines)
        let intake = try refurb.run(["intake", "--lot", code, "--category", "laptop", "--serial", "RANGE-CLI-1"])
        let tag = intake.stdout.trimmingCharacters(in: .whitespacesAndNewlines)

        let price = try refurb.run(["device", "price", tag, "99999999999999"])
        #expect(price.status == 2)
        #expect(price.stderr.contains("Valeur hors limites pour le prix : elle doit être comprise entre 0,00\u{00A0}€ et 1\u{202F}000\u{202F}000,00\u{00A0}€."),
                "\(price.stderr)")
        let english = try refurb.run(["device", "price", tag, "1000000,01", "--json"], language: "en")
        #expect(english.status == 2)
        #expect(english.stderr.contains("Out-of-range value for the price: it must be between €0.00 and €1,000,000.00."), "\(english.stderr)")
        let error = try #require((try english.json() as? [String: Any])?["error"] as? [String: Any])
        #expect(error["code"] as? String == "invalid-input")
        let shown = try #require(try refurb.run(["device", "show", tag, "--json"]).json() as? [String: Any])
        #expect((shown["device"] as? [String: Any])?["priceCents"] is NSNull, "nothing was priced")
        #expect(try refurb.run(["device", "price", tag, "1 000 000"]).status == 0, "1 000 000 € is still a price")

        for (arguments, words) in [(["--weight-kg", "1000000"], "le poids du lot"),
                                   (["--weight-kg", "99999999999999999999999"], "100\u{202F}000\u{00A0}kg"),
                                   (["--declared", "100001"], "le nombre d'appareils annoncé")] {
            let refused = try refurb.run(["lot", "open", "--donor", "Mairie"] + arguments)
            #expect(refused.status == 2, "\(arguments)")
            #expect(refused.stderr.contains(words), "\(arguments): \(refused.stderr)")
        }
        #expect((try refurb.run(["lot", "list", "--json"]).json() as? [Any])?.count == 1)
        #expect(try refurb.run(["lot", "list"]).stdout.contains("48,5\u{00A0}kg"), "weights written as the pages write them")

        let copies = try refurb.run(["label", "render", "--template", "asset-tag-62x29", "--field", "assetTag=\(tag)",
                                     "--format", "png", "-o", refurb.folder.appendingPathComponent("x.png").path, "--copies", "51"])
        #expect(copies.status == 2)
        #expect(copies.stderr.contains("le nombre d'exemplaires"), "\(copies.stderr)")
        #expect(!FileManager.default.fileExists(atPath: refurb.folder.appendingPathComponent("x.png").path))
    }
}
