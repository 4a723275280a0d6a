import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import RefurbCore
@testable import RefurbServer
import RefurbStore
import Testing

/// The device list's `limit` and `offset` are checked where they enter, as Schemas/openapi.yaml says: a value out
/// of its range, or not a whole number, is a 400 that names it, not a page the caller did not ask for.
@Suite("Device list paging")
struct DeviceListPagingRouteTests {
    @Test("limit 1…500 and offset 0…10⁹; outside, or not a number, is a 400 naming the parameter")
    func pagingParameters() async throws {
        let workshop = try TestWorkshop()
        let actor = Actor(user: "test", station: "setup")
        let lot = try workshop.database.openLot(try LotInput(donorName: "Mairie"), receivedOn: "2026-11-28", actor: actor, at: Date())
        for serial in ["PAGE-0001", "PAGE-0002", "PAGE-0003"] {
            _ = try workshop.database.intake(try IntakeInput(lot: lot.code.text, category: "laptop", serial: serial), actor: actor, at: Date())
        }
        try await workshop.application.test(.router) { client in
            let page = try await client.call(.get, "/api/devices?limit=2&offset=1", as: .shop, in: workshop)
            #expect(page.status == .ok)
            #expect((page.json["devices"] as? [Any])?.count == 2)
            #expect(page.json["limit"] as? Int == 2 && page.json["offset"] as? Int == 1)

            for (query, field) in [("limit=0", "limit"), ("limit=501", "limit"), ("offset=-1", "offset"),
                                   ("offset=1000000001", "offset"), ("offset=9223372036854775807", "offset")] {
                let refused = try await client.call(.get, "/api/devices?\(query)&lang=en", as: .shop, in: workshop)
                #expect(refused.status == .badRequest, "\(query): \(refused.json)")
                #expect((refused.json["detail"] as? String)?.contains(field) == true, "\(query): \(refused.json)")
            }
            let words = try await client.call(.get, "/api/devices?limit=beaucoup", as: .shop, in: workshop)
            #expect(words.status == .badRequest)
            #expect((words.json["detail"] as? String)?.contains("beaucoup") == true, "\(words.json)")
        }
    }
}
