import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import RefurbCore
@testable import RefurbServer
import RefurbStore
import Testing

/// Bad input gets a 4xx with a message a person can act on, and changes nothing: the device keeps its
/// version and its history.
@Suite("Bad input through the API")
struct BadInputRouteTests {
    /// A workshop with one lot and one laptop taken in with `serial`.
    static func workshopWithDevice(serial: String? = "PF-INTAKE-1") throws -> (TestWorkshop, Device) {
        let workshop = try TestWorkshop()
        let actor = Actor(user: "test", station: "setup")
        let lot = try workshop.database.openLot(try LotInput(donorName: "Mairie"), receivedOn: "2026-11-28", actor: actor, at: Date())
        let device = try workshop.database.intake(try IntakeInput(lot: lot.code.text, category: "laptop", serial: serial), actor: actor, at: Date())
        return (workshop, device)
    }

    static func unchanged(_ workshop: TestWorkshop, _ device: Device) throws -> Bool {
        try workshop.database.device(tag: device.assetTag)?.version == device.version
            && workshop.database.history(of: device.assetTag).count == 1
    }

    @Test("malformed, truncated, empty, non-JSON, wrongly typed and oversized bodies")
    func malformedBodies() async throws {
        let (workshop, device) = try Self.workshopWithDevice()
        let tag = device.assetTag.text
        try await workshop.application.test(.router) { client in
            for (body, status, code) in [(#"{"grade":"B","priceCents":"#, HTTPResponse.Status.badRequest, "bad-request"),
                                         (#"{"grade":"B"}"#, .badRequest, "bad-request"),
                                         (#"{"grade":"B","priceCents":"douze"}"#, .badRequest, "bad-request"),
                                         (#"{"grade":"Z","priceCents":100}"#, .unprocessableContent, "invalid-input"),
                                         (#"{"grade":"B","priceCents":-5}"#, .unprocessableContent, "invalid-input"),
                                         ("[]", .badRequest, "bad-request")] {
                let answer = try await client.call(.put, "/api/devices/\(tag)/price", as: .shop, in: workshop, json: body)
                #expect(answer.status == status, "\(body): \(answer.json)")
                #expect(answer.json["code"] as? String == code, "\(body): \(answer.json)")
                #expect(!(answer.json["detail"] as? String ?? "").isEmpty)
                #expect(answer.headers[.contentType]?.hasPrefix("application/problem+json") == true)
            }
            let missing = try await client.call(.put, "/api/devices/\(tag)/price", as: .shop, in: workshop, json: #"{"grade":"B"}"#)
            #expect((missing.json["detail"] as? String)?.contains("priceCents") == true)

            let notJSON = try await client.call(.put, "/api/devices/\(tag)/price", as: .shop, in: workshop, json: "grade=B",
                                                extraHeaders: [.contentType: "application/x-www-form-urlencoded"])
            #expect(notJSON.status == .badRequest)

            let huge = String(repeating: " ", count: ServerLimits.maximumBodyBytes + 10) + "{}"
            let tooLarge = try await client.call(.post, "/api/devices/\(tag)/diagnostics", as: .technician, in: workshop, json: huge)
            #expect(tooLarge.status == .contentTooLarge)
            #expect(tooLarge.json["code"] as? String == "too-large")

            let truncatedReport = String(decoding: LaptopReport.json.prefix(LaptopReport.json.count / 2), as: UTF8.self)
            #expect(try await client.call(.post, "/api/devices/\(tag)/diagnostics", as: .technician, in: workshop, json: truncatedReport).status == .badRequest)
        }
        #expect(try Self.unchanged(workshop, device))
    }

    @Test("unknown tags are 404, misread tags 400, unknown lots 404 at intake")
    func unknownIdentifiers() async throws {
        let (workshop, _) = try Self.workshopWithDevice()
        try await workshop.application.test(.router) { client in
            let unknown = try await client.call(.get, "/api/devices/R999999Z", as: .shop, in: workshop)
            let misread = try await client.call(.get, "/api/devices/R000001X", as: .shop, in: workshop)
            #expect(misread.status == .badRequest)
            #expect((misread.json["detail"] as? String)?.contains("mal lu") == true)
            #expect(unknown.status == .badRequest || unknown.status == .notFound)
            let nextTag = try #require(AssetTag(sequence: 500))
            #expect(try await client.call(.get, "/api/devices/\(nextTag.text)", as: .shop, in: workshop).status == .notFound)
            #expect(try await client.call(.get, "/api/scan/nothing-like-this", as: .shop, in: workshop).status == .notFound)
            let noLot = try await client.call(.post, "/api/devices", as: .intake, in: workshop, json: #"{"lot":"LOT-2026-0099","category":"laptop"}"#)
            #expect(noLot.status == .notFound)
            #expect(noLot.json["code"] as? String == "lot-not-found")
            let badCategory = try await client.call(.post, "/api/devices", as: .intake, in: workshop, json: #"{"lot":"LOT-2026-0001","category":"toaster"}"#)
            #expect(badCategory.status == .unprocessableContent)
            #expect(try await client.call(.get, "/api/nowhere", as: .shop, in: workshop).status == .notFound)
        }
        #expect(try workshop.database.devices(matching: DeviceFilter()).count == 1)
    }

    @Test("a stale version is a 409 that gives the current version, and the change is not made")
    func staleVersion() async throws {
        let (workshop, device) = try Self.workshopWithDevice()
        try await workshop.application.test(.router) { client in
            let stale = try await client.call(.put, "/api/devices/\(device.assetTag.text)/price", as: .shop, in: workshop,
                                              json: #"{"grade":"B","priceCents":5000,"version":\#(device.version + 3)}"#)
            #expect(stale.status == .conflict)
            #expect(stale.json["code"] as? String == "version-conflict")
            #expect(stale.json["currentVersion"] as? Int == device.version)
        }
        #expect(try Self.unchanged(workshop, device))
    }

    @Test("a report from another machine is refused: serial mismatch, or a serial that belongs to another device")
    func reportForTheWrongDevice() async throws {
        try #require(LaptopReport.systemSerial != nil, "the laptop fixture has a firmware serial")
        let (workshop, device) = try Self.workshopWithDevice(serial: "NOT-THE-LAPTOP")
        let actor = Actor(user: "test", station: "setup")
        let owner = try workshop.database.intake(try IntakeInput(lot: device.lotCode.text, category: "laptop", serial: LaptopReport.systemSerial),
                                                 actor: actor, at: Date())
        let bare = try workshop.database.intake(try IntakeInput(lot: device.lotCode.text, category: "laptop"), actor: actor, at: Date())
        try await workshop.application.test(.router) { client in
            let mismatch = try await client.call(.post, "/api/devices/\(device.assetTag.text)/diagnostics", as: .technician, in: workshop,
                                                 json: String(decoding: LaptopReport.json, as: UTF8.self))
            #expect(mismatch.status == .conflict)
            #expect(mismatch.json["code"] as? String == "serial-on-another-device")
            #expect((mismatch.json["detail"] as? String)?.contains(owner.assetTag.text) == true)

            let onAnother = try await client.call(.post, "/api/devices/\(bare.assetTag.text)/diagnostics", as: .technician, in: workshop,
                                                  json: String(decoding: LaptopReport.json, as: UTF8.self))
            #expect(onAnother.status == .conflict)
            #expect(onAnother.json["code"] as? String == "serial-on-another-device")
        }
        #expect(try Self.unchanged(workshop, device))
        #expect(try workshop.database.latestReport(of: bare.assetTag) == nil)
        #expect(try workshop.database.device(tag: bare.assetTag)?.serial == nil)
    }

    @Test("a report whose serial differs from the intake serial is refused and names both")
    func serialMismatch() async throws {
        try #require(LaptopReport.systemSerial != nil)
        let (workshop, device) = try Self.workshopWithDevice(serial: "INTAKE-SERIAL-9")
        try await workshop.application.test(.router) { client in
            let answer = try await client.call(.post, "/api/devices/\(device.assetTag.text)/diagnostics", as: .technician, in: workshop,
                                               json: String(decoding: LaptopReport.json, as: UTF8.self))
            #expect(answer.status == .conflict)
            #expect(answer.json["code"] as? String == "report-serial-mismatch")
            let detail = answer.json["detail"] as? String ?? ""
            #expect(detail.contains("INTAKE-SERIAL-9") && detail.contains(LaptopReport.systemSerial!))
        }
        #expect(try Self.unchanged(workshop, device))
    }

    @Test("tampered certificates, unknown keys and revoked keys are refused; a certificate for another device too")
    func badCertificates() async throws {
        let (workshop, device) = try Self.workshopWithDevice()
        let tag = device.assetTag.text
        let trusted = CertificateFactory()
        let stranger = CertificateFactory()
        let key = try workshop.database.registerStationKey(name: "banc-1", keyId: trusted.keys.keyID, publicKey: trusted.keys.publicKey.rawRepresentation.base64EncodedString(),
                                                           actor: Actor(user: "admin", station: "test"), at: Date())
        try await workshop.application.test(.router) { client in
            let good = String(decoding: try trusted.signed(assetTag: tag, driveSerial: "S1"), as: UTF8.self)
            let tampered = good.replacingOccurrences(of: "\"S1\"", with: "\"S2\"")
            let answer = try await client.call(.post, "/api/devices/\(tag)/erasures", as: .technician, in: workshop, json: tampered)
            #expect(answer.status == .unprocessableContent)
            #expect((answer.json["detail"] as? String)?.contains("modifié") == true)

            let unknown = try await client.call(.post, "/api/devices/\(tag)/erasures", as: .technician, in: workshop,
                                                json: String(decoding: try stranger.signed(assetTag: tag, driveSerial: "S1"), as: UTF8.self))
            #expect(unknown.status == .unprocessableContent)
            #expect((unknown.json["detail"] as? String)?.contains(stranger.keys.keyID) == true)

            let otherDevice = try await client.call(.post, "/api/devices/\(tag)/erasures", as: .technician, in: workshop,
                                                    json: String(decoding: try trusted.signed(assetTag: "R000002J", driveSerial: "S1"), as: UTF8.self))
            #expect(otherDevice.status == .conflict, "\(otherDevice.json)")

            #expect(try await client.call(.post, "/api/devices/\(tag)/erasures", as: .technician, in: workshop, json: #"{"id":"x"}"#).status == .badRequest)

            try workshop.database.revokeStationKey(id: key.id, actor: Actor(user: "admin", station: "test"), at: Date())
            let revoked = try await client.call(.post, "/api/devices/\(tag)/erasures", as: .technician, in: workshop, json: good)
            #expect(revoked.status == .unprocessableContent)
        }
        #expect(try Self.unchanged(workshop, device))
        #expect(try workshop.database.certificates(of: device.assetTag).isEmpty)
    }

    @Test("a printer's name that could never be reached again (.., a slash, only punctuation, too long) is a 422 that says what a name may hold")
    func printerNamesThatCannotBeAddressed() async throws {
        let workshop = try TestWorkshop()
        try await workshop.application.test(.router) { client in
            for name in ["..", ".", "a%2Fb", "%2E%2E%2F", "---", String(repeating: "x", count: 41), "Zebra%0Aaccueil"] {
                let answer = try await client.call(.put, "/api/printers/\(name)", as: .admin, in: workshop,
                                                   json: #"{"uri":"tcp://192.0.2.10:9100"}"#, extraHeaders: [.acceptLanguage: "fr"])
                #expect(answer.status == .unprocessableContent, "\(name): \(answer.json)")
                #expect((answer.json["detail"] as? String)?.contains("nom d'imprimante") == true, "\(name): \(answer.json)")
            }
            var headers = workshop.headers(.admin, json: false)
            headers[.contentType] = "application/x-www-form-urlencoded"
            let form = try await client.execute(uri: "/office/printers", method: .post, headers: headers,
                                                body: OfficeRouteTests.encode([("name", "../.."), ("uri", "tcp://192.0.2.10:9100")])) { $0 }
            #expect(form.status == .unprocessableContent)
            #expect(String(buffer: form.body).contains("nom d&#39;imprimante") || String(buffer: form.body).contains("nom d'imprimante"))

            let kept = try await client.call(.put, "/api/printers/Zebra%20accueil%20(2)", as: .admin, in: workshop,
                                             json: #"{"uri":"tcp://192.0.2.10:9100"}"#)
            #expect(kept.status == .ok, "\(kept.json)")
        }
        #expect(try workshop.database.printers().map(\.name) == ["Zebra accueil (2)"])
    }
}
