import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Labels
import RefurbCore
@testable import RefurbServer
import RefurbStore
import Testing

/// A device whose firmware gave no maker or model and that was taken in without them still gets a price
/// label that says what it is: its category and the main specifications of its hardware report.
@Suite("Label title without maker and model")
struct LabelTitleRouteTests {
    /// A laptop taken in without maker or model, whose report has none either (a blank SMBIOS).
    static func anonymousLaptop(in workshop: TestWorkshop) throws -> AssetTag {
        let actor = Actor(user: "test", station: "setup")
        let lot = try workshop.database.openLot(try LotInput(donorName: "Mairie"), receivedOn: "2026-11-28", actor: actor, at: Date())
        let tag = try workshop.database.intake(try IntakeInput(lot: lot.code.text, category: "laptop"), actor: actor, at: Date()).assetTag
        var report = try #require(try JSONSerialization.jsonObject(with: LaptopReport.json) as? [String: Any])
        var system = try #require(report["system"] as? [String: Any])
        for key in ["manufacturer", "model", "product", "family", "version", "serialNumber"] { system.removeValue(forKey: key) }
        report["system"] = system
        let body = try JSONSerialization.data(withJSONObject: report)
        _ = try workshop.database.recordReport(IncomingReport(body: body, sha256: "anonymous-laptop", systemSerial: nil, manufacturer: nil,
                                                              model: nil, storageSerials: []),
                                               for: tag, actor: actor, at: Date())
        return tag
    }

    @Test("the price label's preview says « Ordinateur portable · processor · memory · drive », the same as rendered from those words")
    func previewShowsTheFallback() async throws {
        let workshop = try TestWorkshop()
        let tag = try Self.anonymousLaptop(in: workshop)
        let device = try #require(try workshop.database.device(tag: tag))
        #expect(device.manufacturer == nil && device.model == nil)

        let fields = try await DeviceLabelFields.fields(for: tag, in: workshop.database, workshop: "Atelier test", language: .fr)
        let title = try #require(fields["specs"])
        #expect(title.hasPrefix("Ordinateur portable · "), "\(title)")
        #expect(title.contains(" Go"), "memory and drive in French units: \(title)")
        #expect(!title.contains("Intel") && !title.contains("(R)") && !title.contains("@"), "\(title)")
        let english = try await DeviceLabelFields.fields(for: tag, in: workshop.database, workshop: "Atelier test", language: .en)
        #expect(english["specs"]?.hasPrefix("Laptop · ") == true, "\(english)")

        try await workshop.application.test(.router) { client in
            // Before a price, the price label says so in words, without the command line's syntax.
            let unpriced = try await client.call(.get, "/api/devices/\(tag.text)/label?template=price-62", as: .shop, in: workshop,
                                                 extraHeaders: [.acceptLanguage: "fr"])
            #expect(unpriced.status != .ok)
            let detail = unpriced.json["detail"] as? String ?? ""
            #expect(detail.contains("besoin d'un prix"), "\(unpriced.json)")
            #expect(!detail.contains("--field"), "\(detail)")

            _ = try workshop.database.setGradeAndPrice(tag, grade: .b, price: Money(cents: 14900), actor: Actor(user: "shop", station: "caisse"),
                                                       at: Date())
            let preview = try await client.execute(uri: "/api/devices/\(tag.text)/label?template=price-62", method: .get,
                                                   headers: workshop.headers(.shop).merged([.acceptLanguage: "fr"])) { $0 }
            #expect(preview.status == .ok)
            let shown = Array(Data(buffer: preview.body))

            let template = try LabelTemplateLibrary(directory: URL(fileURLWithPath: TestWorkshop.repositoryRoot + "/Labels")).load(named: "price-62")
            var expected = try await DeviceLabelFields.fields(for: tag, in: workshop.database, workshop: "Atelier test", language: .fr)
            #expect(expected["specs"] == title)
            let rendered = try LabelRenderer().render(template, fields: try LabelFields(keyed: expected), as: .png, copies: 1).bytes
            #expect(shown == rendered, "the preview prints the category and the specifications")
            expected["specs"] = "Ordinateur portable"
            let bare = try LabelRenderer().render(template, fields: try LabelFields(keyed: expected), as: .png, copies: 1).bytes
            #expect(shown != bare, "the specifications are on the label, not only the category")
        }
    }
}

private extension HTTPFields {
    func merged(_ other: HTTPFields) -> HTTPFields {
        var fields = self
        fields.append(contentsOf: other)
        return fields
    }
}
