import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import RefurbCore
@testable import RefurbServer
import RefurbStore
import Testing

/// The shop types a display name for a device (issue 13, item 6): PATCH /api/devices/{tag} and the correction
/// page take it like the maker and model (a reason, the version read); the price label and the shop's card say it.
@Suite("A device's display name in the service")
struct DisplayNameRouteTests {
    @Test("the shop names a device through the API and the correction page; the label and the shop card use the name")
    func shopNames() async throws {
        let workshop = try TestWorkshop()
        let setup = Actor(user: "test", station: "setup")
        let lot = try workshop.database.openLot(try LotInput(donorName: "Mairie"), receivedOn: "2026-11-28", actor: setup, at: Date())
        let device = try workshop.database.intake(try IntakeInput(lot: lot.code.text, category: "laptop", serial: "NAME-0001"),
                                                  actor: setup, at: Date())
        let tag = device.assetTag.text
        try await workshop.application.test(.router) { client in
            let noReason = try await client.call(.patch, "/api/devices/\(tag)", as: .shop, in: workshop,
                                                 json: #"{"displayName":"Portable 14 pouces"}"#)
            #expect(noReason.status == .unprocessableContent || noReason.status == .badRequest)
            let named = try await client.call(.patch, "/api/devices/\(tag)", as: .shop, in: workshop,
                                              json: #"{"displayName":"Portable 14 pouces","reason":"sans marque","version":\#(device.version)}"#)
            #expect(named.status == .ok, "\(named.json)")
            #expect(named.json["displayName"] as? String == "Portable 14 pouces")
            let stale = try await client.call(.patch, "/api/devices/\(tag)", as: .shop, in: workshop,
                                              json: #"{"displayName":"Autre","reason":"x","version":\#(device.version)}"#)
            #expect(stale.status == .conflict)

            let fields = try await DeviceLabelFields.fields(for: device.assetTag, in: workshop.database, workshop: "Atelier", language: .fr)
            #expect(fields["specs"] == "Portable 14 pouces", "the price label says the display name")
            let shop = try await BenchRouteTests.page("/shop/\(tag)", as: .shop, client, workshop)
            #expect(shop.text.contains("Portable 14 pouces"))
            #expect(shop.html.contains("id=\"device-name\""), "the way to the correction page")

            let page = try await BenchRouteTests.page("/devices/\(tag)/correct?back=/shop/\(tag)", as: .shop, client, workshop)
            #expect(page.status == .ok)
            #expect(page.text.contains("Nom affiché"))
            #expect(page.html.contains("name=\"displayName\""))
        }
    }
}
