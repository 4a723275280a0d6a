import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import RefurbCore
@testable import RefurbServer
import RefurbStore
import Testing

/// What is typed in a path arrives percent-encoded (`ABC%20123`, `AB%2F12`); every route reads the value
/// that was typed, decoded once.
@Suite("Path parameters are percent-decoded")
struct PathParameterRouteTests {
    @Test("a serial with a space or a slash is found by a scan, and a malformed escape is a 400 that names it")
    func serialsWithSpacesAndSlashes() async throws {
        let workshop = try TestWorkshop()
        let actor = Actor(user: "test", station: "setup")
        let lot = try workshop.database.openLot(try LotInput(donorName: "Mairie"), receivedOn: "2026-11-28", actor: actor, at: Date())
        let spaced = try workshop.database.intake(try IntakeInput(lot: lot.code.text, category: "laptop", serial: "ABC 123"),
                                                  actor: actor, at: Date())
        let slashed = try workshop.database.intake(try IntakeInput(lot: lot.code.text, category: "laptop", serial: "AB/12"),
                                                   actor: actor, at: Date())
        let accented = try workshop.database.intake(try IntakeInput(lot: lot.code.text, category: "desktop", serial: "SÉRIE-1"),
                                                    actor: actor, at: Date())
        try await workshop.application.test(.router) { client in
            for (path, device) in [("ABC%20123", spaced), ("AB%2F12", slashed), ("ab%2f12", slashed), ("S%C3%89RIE-1", accented)] {
                let answer = try await client.call(.get, "/api/scan/\(path)", as: .shop, in: workshop)
                #expect(answer.status == .ok, "\(path): \(answer.json)")
                let found = answer.json["device"] as? [String: Any]
                #expect(found?["assetTag"] as? String == device.assetTag.text, "\(path)")
            }
            let malformed = try await client.call(.get, "/api/scan/AB%ZZ12", as: .shop, in: workshop)
            #expect(malformed.status == .badRequest)
            #expect((malformed.json["detail"] as? String)?.contains("AB%ZZ12") == true, "\(malformed.json)")
            let notUTF8 = try await client.call(.get, "/api/scan/AB%FF12", as: .shop, in: workshop)
            #expect(notUTF8.status == .badRequest)
            // An encoded tag is the tag, on the API and on the pages.
            let encodedTag = spaced.assetTag.text.replacingOccurrences(of: "R", with: "%52")
            #expect(try await client.call(.get, "/api/devices/\(encodedTag)", as: .shop, in: workshop).status == .ok)
            #expect(try await client.call(.get, "/bench/\(encodedTag)", as: .technician, in: workshop).status == .ok)
        }
    }

    @Test("a printer named with a space is saved, listed and removed under that name through the API, not under its escape")
    func printerNames() async throws {
        let workshop = try TestWorkshop()
        try await workshop.application.test(.router) { client in
            let saved = try await client.call(.put, "/api/printers/accueil%201", as: .admin, in: workshop, json: #"{"uri":"tcp://192.0.2.10"}"#)
            #expect(saved.status == .ok, "\(saved.json)")
            #expect(try workshop.database.printers().map(\.name) == ["accueil 1"])
            #expect(try await client.call(.delete, "/api/printers/accueil%201", as: .admin, in: workshop).status == .noContent)
            #expect(try workshop.database.printers().isEmpty)
            // Decoded once only: `50%2541` is the name `50%41` (refused: no percent sign in a printer's name),
            // never `50A`.
            let twice = try await client.call(.put, "/api/printers/50%2541", as: .admin, in: workshop, json: #"{"uri":"tcp://192.0.2.11"}"#)
            #expect(twice.status == .unprocessableContent, "\(twice.json)")
            #expect(try workshop.database.printers().isEmpty)
            // An office link to a name holding an apostrophe, brackets and spaces reaches that printer.
            _ = try await client.call(.put, "/api/printers/l%27accueil%20%282%29", as: .admin, in: workshop, json: #"{"uri":"tcp://192.0.2.11"}"#)
            #expect(try workshop.database.printers().map(\.name) == ["l'accueil (2)"])
            let confirm = try await client.call(.get, "/office/printers/l%27accueil%20%282%29/remove", as: .admin, in: workshop)
            #expect(confirm.status == .ok, "\(String(buffer: confirm.raw).prefix(300))")
        }
    }
}
