import Diagnostics
import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import RefurbCore
@testable import RefurbServer
import RefurbStore
import Testing

/// Removable media are not the computer's disks (issue 13, item 5): the fixture laptop has two USB sticks
/// plugged in. The report sets them apart, the bench shows them as « ne fait pas partie de
/// l'appareil » with the choice of « Clé de l'atelier » or « Rendue ou retirée » and a reason, they never
/// hold `wiped` or `ready` back, a drive of the device cannot be set apart instead of erased, and the donor
/// report never lists them.
@Suite("Removable media at the bench")
struct RemovableMediaRouteTests {
    static var report: String { String(decoding: LaptopReport.json, as: UTF8.self) }

    @Test("the report sets the sticks apart; the device is wiped with its own drives erased and the sticks undecided")
    func neverBlocks() async throws {
        let workshop = try TestWorkshop()
        try await workshop.application.test(.router) { client in
            let sticks = LaptopReport.removableKeys.map(SerialNumber.key(for:))
            #expect(!sticks.isEmpty, "the fixture laptop has a USB stick plugged in")
            let tag = try await Self.device(client, workshop)
            let facts = try workshop.database.facts(for: AssetTag(parsing: tag))
            #expect(facts.erasure.storageFound == LaptopReport.driveKeys.map(SerialNumber.key(for:)))
            #expect(facts.erasure.removableMedia == sticks)

            for drive in LaptopReport.driveKeys {
                _ = try workshop.database.recordErasure(AssetTag(parsing: tag), storage: drive, passed: true, certificate: nil,
                                                        actor: Actor(user: "test", station: "tests"), at: Date())
            }
            for stage in ["diagnosed", "wiped"] {
                let moved = try await client.call(.post, "/api/devices/\(tag)/moves", as: .technician, in: workshop, json: #"{"to":"\#(stage)"}"#)
                #expect(moved.status == .ok, "\(stage): \(moved.json)")
            }
            // `ready` asks more (grade, price, the tests' checklist) but nothing of the sticks.
            let after = try workshop.database.facts(for: AssetTag(parsing: tag))
            #expect(after.erasure.isCleared)
            #expect(after.erasure.removableUndecided == sticks)
        }
    }

    @Test("the bench shows the sticks apart with the choice and a reason; a drive of the device cannot be set apart")
    func benchChoice() async throws {
        let workshop = try TestWorkshop()
        try await workshop.application.test(.router) { client in
            let tag = try await Self.device(client, workshop)
            let stick = try #require(LaptopReport.removableKeys.first)
            let page = try await BenchRouteTests.page("/bench/\(tag)", as: .technician, client, workshop)
            #expect(page.text.contains("Supports amovibles"))
            #expect(page.text.contains("ne fait pas partie de l'appareil"))
            #expect(page.text.contains("Clé de l'atelier") && page.text.contains("Rendue ou retirée"))
            #expect(page.html.components(separatedBy: #"<span class="badge warn">à effacer</span>"#).count - 1 == LaptopReport.drives.count,
                    "only the device's own disks are to erase")
            #expect(!page.html.contains("workshop-stick</") && !page.text.contains("returned-or-removed<"), "no value key shown as words")

            let noChoice = try await BenchRouteTests.form("/bench/\(tag)/storage/removable", ["storage": stick, "reason": "banc 2"], client, workshop)
            #expect(noChoice.status == .unprocessableContent)
            #expect(noChoice.text.contains("Choisissez ce qu'est ce support"))
            let noReason = try await BenchRouteTests.form("/bench/\(tag)/storage/removable",
                                                          ["storage": stick, "disposition": "workshop-stick", "reason": " "], client, workshop)
            #expect(noReason.status == .unprocessableContent)
            #expect(noReason.text.contains("Dites pourquoi"))
            let ownDrive = try #require(LaptopReport.driveKeys.first)
            let notRemovable = try await BenchRouteTests.form("/bench/\(tag)/storage/removable",
                                                              ["storage": ownDrive, "disposition": "returned-or-removed", "reason": "x"], client, workshop)
            #expect(notRemovable.status == .unprocessableContent)
            #expect(notRemovable.text.contains("fait partie de l'appareil"))

            let done = try await BenchRouteTests.form("/bench/\(tag)/storage/removable",
                                                      ["storage": stick, "disposition": "workshop-stick", "reason": "clé de démarrage du banc 2"],
                                                      client, workshop)
            #expect(done.status == .seeOther)
            #expect(done.headers[.location] == "/bench/\(tag)?done=removable#disks")
            let after = try await BenchRouteTests.page("/bench/\(tag)?done=removable", as: .technician, client, workshop)
            #expect(after.text.contains("Support amovible enregistré."))
            #expect(after.text.contains("clé de démarrage du banc 2"))
            #expect(after.text.contains("par technician le"))
            let name = LaptopReport.report.storage.first(where: \.isRemovableMedia)?.name ?? "?"
            #expect(after.text.contains("Support amovible \(name)"), "the history names the stick as the page does")

            let english = try await BenchRouteTests.page("/bench/\(tag)?lang=en", as: .technician, client, workshop)
            #expect(english.text.contains("not part of the device"))
            #expect(english.text.contains("The workshop's stick"))
        }
    }

    @Test("POST /api/devices/{tag}/storage/removable: a stick is recorded, a drive of the device and an unknown choice are 422")
    func api() async throws {
        let workshop = try TestWorkshop()
        try await workshop.application.test(.router) { client in
            let tag = try await Self.device(client, workshop)
            let stick = try #require(LaptopReport.removableKeys.last)
            let path = "/api/devices/\(tag)/storage/removable"
            let ownDrive = try await client.call(.post, path, as: .technician, in: workshop,
                                                 json: DeviceLifeRouteTests.json(["storage": LaptopReport.driveKeys[0], "disposition": "returned-or-removed", "reason": "x"]))
            #expect(ownDrive.status == .unprocessableContent)
            let unknown = try await client.call(.post, path, as: .technician, in: workshop,
                                                json: DeviceLifeRouteTests.json(["storage": stick, "disposition": "destroyed", "reason": "x"]))
            #expect(unknown.status == .unprocessableContent)
            #expect((unknown.json["detail"] as? String)?.contains("workshop-stick, returned-or-removed") == true, "\(unknown.json)")
            let recorded = try await client.call(.post, path, as: .technician, in: workshop,
                                                 json: DeviceLifeRouteTests.json(["storage": stick, "disposition": "returned-or-removed", "reason": "rendue au donateur"]))
            #expect(recorded.status == .created, "\(recorded.json)")
            #expect(try workshop.database.facts(for: AssetTag(parsing: tag)).erasure.removableDispositions
                == [SerialNumber.key(for: stick): .returnedOrRemoved])
            #expect(try await client.call(.post, path, as: .shop, in: workshop,
                                          json: DeviceLifeRouteTests.json(["storage": stick, "disposition": "returned-or-removed", "reason": "x"])).status == .forbidden)
        }
    }

    @Test("the donor report never lists a stick, nor one an older report recorded as a drive")
    func donorReport() async throws {
        let workshop = try TestWorkshop()
        try await workshop.application.test(.router) { client in
            let tag = try await Self.device(client, workshop)
            let device = try #require(try workshop.database.device(tag: AssetTag(parsing: tag)))
            // A report recorded before media were set apart: every disk of the report among the drives.
            let older = try await Self.device(client, workshop, sendReport: false, lot: device.lotCode.text)
            _ = try workshop.database.recordReport(
                IncomingReport(body: LaptopReport.json, sha256: "older", systemSerial: nil, manufacturer: nil, model: nil,
                               storageSerials: LaptopReport.driveKeys + LaptopReport.removableKeys),
                for: AssetTag(parsing: older), actor: Actor(user: "test", station: "tests"), at: Date())
            let dossier = try await LotDossier.load(device.lotCode, from: workshop.database)
            let listed = Set(dossier.drives.map(\.storage))
            for stick in LaptopReport.removableKeys.map(SerialNumber.key(for:)) { #expect(!listed.contains(stick)) }
            for drive in LaptopReport.driveKeys.map(SerialNumber.key(for:)) { #expect(listed.contains(drive)) }
        }
    }

    /// A laptop taken in (without a serial, so that several can share the fixture's report) and, unless told
    /// otherwise, the fixture's report sent for it; returns its tag.
    static func device(_ client: some TestClientProtocol, _ workshop: TestWorkshop, sendReport: Bool = true,
                       lot: String? = nil) async throws -> String {
        var code = lot
        if code == nil {
            let opened = try await client.call(.post, "/api/lots", as: .intake, in: workshop, json: #"{"donor":"Mairie de Rennes"}"#)
            code = opened.json["code"] as? String
        }
        let intake = try await client.call(.post, "/api/devices", as: .intake, in: workshop,
                                           json: #"{"lot":"\#(try #require(code))","category":"laptop"}"#)
        let tag = try #require(intake.json["assetTag"] as? String)
        if sendReport {
            let sent = try await client.call(.post, "/api/devices/\(tag)/diagnostics", as: .technician, in: workshop, json: report)
            #expect(sent.status == .created, "\(sent.json)")
            #expect((sent.json["removable"] as? [String]) == LaptopReport.removableKeys.map(SerialNumber.key(for:)))
        }
        return tag
    }
}
