import Foundation
import Testing

@Suite("refurb lot open --donor-type, and the public donor's price cap")
struct PublicDonorCommandTests {
    @Test("a public body's lot: its laptop is priced up to 180 €, above is refused naming the cap and its legal reference")
    func publicDonorLaptop() throws {
        let refurb = try RefurbProcess()
        defer { refurb.cleanUp() }
        let opened = try refurb.run(["lot", "open", "--donor", "Mairie de Rennes", "--donor-type", "public", "--json"])
        #expect(opened.status == 0, "\(opened.stderr)")
        let lot = try #require(try opened.json() as? [String: Any])
        #expect(lot["donorType"] as? String == "public")
        let code = try #require(lot["code"] as? String)
        let tag = try refurb.run(["intake", "--lot", code, "--category", "laptop", "--serial", "5CG7301XZY"]).stdout
            .trimmingCharacters(in: .whitespacesAndNewlines)

        let above = try refurb.run(["device", "price", tag, "180,01"])
        #expect(above.status != 0)
        #expect(above.stderr.contains("180,00\u{00A0}€ TTC") && above.stderr.contains("arrêté du 7 novembre 2022, décret n° 2023-266, loi 3DS"),
                "\(above.stderr)")
        let atCap = try refurb.run(["device", "price", tag, "180"])
        #expect(atCap.status == 0, "\(atCap.stderr)")

        let company = try refurb.run(["lot", "open", "--donor", "Orange", "--donor-type", "company"]).stdout
            .trimmingCharacters(in: .whitespacesAndNewlines)
        let other = try refurb.run(["intake", "--lot", company, "--category", "laptop", "--serial", "PF1ABCDE"]).stdout
            .trimmingCharacters(in: .whitespacesAndNewlines)
        #expect(try refurb.run(["device", "price", other, "250"]).status == 0)
    }

    @Test("an unknown donor type is refused with the choices, and no lot is opened")
    func unknownType() throws {
        let refurb = try RefurbProcess()
        defer { refurb.cleanUp() }
        let refused = try refurb.run(["lot", "open", "--donor", "Mairie", "--donor-type", "mairie"])
        #expect(refused.status == 2, "\(refused.stderr)")
        #expect(refused.stderr.contains("public, company, association, individual"), "\(refused.stderr)")
        #expect((try refurb.run(["lot", "list", "--json"]).json() as? [Any])?.count == 0)
    }

    @Test("refurb lot correct --donor-type public: said in the JSON, then the cap binds the lot's devices")
    func correctDonorType() throws {
        let refurb = try RefurbProcess()
        defer { refurb.cleanUp() }
        let code = try refurb.run(["lot", "open", "--donor", "Mairie de Rennes"]).stdout.trimmingCharacters(in: .whitespacesAndNewlines)
        let tag = try refurb.run(["intake", "--lot", code, "--category", "tablet", "--serial", "DMPXK2ABCD"]).stdout
            .trimmingCharacters(in: .whitespacesAndNewlines)
        let corrected = try refurb.run(["lot", "correct", code, "--donor-type", "public", "--reason", "bon de dépôt", "--json"])
        #expect(corrected.status == 0, "\(corrected.stderr)")
        #expect((try corrected.json() as? [String: Any])?["donorType"] as? String == "public")
        let above = try refurb.run(["device", "price", tag, "120"])
        #expect(above.status != 0)
        #expect(above.stderr.contains("100,00\u{00A0}€ TTC pour une tablette donnée"), "\(above.stderr)")
    }
}
