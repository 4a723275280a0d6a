import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import RefurbCore
@testable import RefurbServer
import RefurbStore
import Testing

/// Lots at intake: with no lot open, the lots come first on the page; past the declared number, the lot
/// says so beside its count, and the count is the store's after each scan and each undo.
@Suite("Intake station lots")
struct IntakeLotRouteTests {
    static let setup = Actor(user: "test", station: "setup")

    @Test("with no lot open the lots come first, titled as the step to take; with one open they come after the scans")
    func lotsFirstWhenNoneIsOpen() async throws {
        let workshop = try TestWorkshop()
        try await workshop.application.test(.router) { client in
            let empty = try await IntakeRouteTests.get("/intake", as: .intake, client: client, workshop: workshop)
            #expect(empty.status == .ok)
            let lots = try #require(empty.html.range(of: #"id="lots-card""#)).lowerBound
            let scan = try #require(empty.html.range(of: #"id="scan-heading""#)).lowerBound
            #expect(lots < scan)
            #expect(empty.html.contains("Ouvrir un lot pour commencer"))
            #expect(empty.html.contains("ou scannez l&#39;étiquette d&#39;un lot"))
            #expect(empty.html.contains(#"id="open-lot""#))

            let english = try await IntakeRouteTests.get("/intake?lang=en", as: .intake, client: client, workshop: workshop)
            #expect(english.html.contains("Open a lot to begin"))

            let lot = try workshop.database.openLot(try LotInput(donorName: "Mairie"), receivedOn: "2026-12-07", actor: Self.setup, at: Date())
            // A lot to choose from, but none in the address: still first.
            let chooser = try await IntakeRouteTests.get("/intake", as: .intake, client: client, workshop: workshop)
            #expect(try #require(chooser.html.range(of: #"id="choose-lot""#)).lowerBound
                < (try #require(chooser.html.range(of: #"id="scan-heading""#)).lowerBound))

            let open = try await IntakeRouteTests.get("/intake?lot=\(lot.code.text)", as: .intake, client: client, workshop: workshop)
            let scans = try #require(open.html.range(of: #"id="scans-heading""#)).lowerBound
            let after = try #require(open.html.range(of: #"id="lots-card""#)).lowerBound
            #expect(scans < after)
            #expect(!open.html.contains("Ouvrir un lot pour commencer"))
            #expect(!open.html.contains("lots-first"))
        }
    }

    @Test("past the declared number the lot warns by how many, in French and English; the count follows scans and undo")
    func overCountWarning() async throws {
        let workshop = try TestWorkshop()
        let lot = try workshop.database.openLot(try LotInput(donorName: "Mairie", declaredCount: 2), receivedOn: "2026-12-07",
                                                actor: Self.setup, at: Date())
        let code = lot.code.text
        try await workshop.application.test(.router) { client in
            var tags: [String] = []
            for serial in ["SN-OVER-1", "SN-OVER-2"] {
                let created = try await client.call(.post, "/api/devices", as: .intake, in: workshop,
                                                    json: #"{"lot":"\#(code)","category":"laptop","serial":"\#(serial)"}"#)
                #expect(created.status == .created)
                tags.append(try #require(created.json["assetTag"] as? String))
            }
            let within = try await IntakeRouteTests.get("/intake?lot=\(code)", as: .intake, client: client, workshop: workshop)
            #expect(within.html.contains(#"<strong id="lot-count">2</strong>"#))
            #expect(within.html.contains(#"id="lot-over" role="status" hidden"#))

            let third = try await client.call(.post, "/api/devices", as: .intake, in: workshop,
                                              json: #"{"lot":"\#(code)","category":"laptop","serial":"SN-OVER-3"}"#)
            #expect(third.status == .created)
            let thirdTag = try #require(third.json["assetTag"] as? String)
            #expect(try await client.call(.get, "/api/lots/\(code)", as: .intake, in: workshop).json["deviceCount"] as? Int == 3)

            let over = try await IntakeRouteTests.get("/intake?lot=\(code)", as: .intake, client: client, workshop: workshop)
            #expect(over.html.contains(#"<strong id="lot-count">3</strong>"#))
            #expect(!over.html.contains(#"id="lot-over" role="status" hidden"#))
            #expect(over.html.contains("3 appareils scannés pour 2 annoncés : 1 de plus que le nombre annoncé."))
            #expect(over.html.contains("/lots/\(code)/correct?back="))
            let english = try await IntakeRouteTests.get("/intake?lot=\(code)&lang=en", as: .intake, client: client, workshop: workshop)
            #expect(english.html.contains("3 devices scanned for 2 declared: 1 more than the declared number."))
            // The script writes the same sentence after a scan: it is among its words.
            #expect(over.html.contains(#""overCount":"{0} appareils scannés pour {1} annoncés"#))

            let undone = try await client.call(.post, "/api/devices/\(thirdTag)/void", as: .intake, in: workshop)
            #expect(undone.status == .ok)
            #expect(try await client.call(.get, "/api/lots/\(code)", as: .intake, in: workshop).json["deviceCount"] as? Int == 2)
            let back = try await IntakeRouteTests.get("/intake?lot=\(code)", as: .intake, client: client, workshop: workshop)
            #expect(back.html.contains(#"<strong id="lot-count">2</strong>"#))
            #expect(back.html.contains(#"id="lot-over" role="status" hidden"#))
        }
    }
}
