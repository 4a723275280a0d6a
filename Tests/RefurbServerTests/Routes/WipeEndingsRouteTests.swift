import Diagnostics
import Erasure
import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import RefurbCore
@testable import RefurbServer
import RefurbStore
import Testing

/// Every wipe ends on the board with what became of it, for minutes: done with its certificate, failed with the
/// reason, or refused by the service with the service's reason; and a station gone quiet is never shown finished.
/// The device's bench page says the same next to the disk.
@Suite("How wipes end on the board")
struct WipeEndingsRouteTests {
    static func certificate(_ factory: CertificateFactory, tag: String, drive: StorageDevice,
                            status: ErasureCertificate.Status = .erased, reasons: [Message] = []) throws -> String {
        String(decoding: try factory.signed(assetTag: tag, driveSerial: drive.serialNumber, devicePath: drive.devicePath,
                                            status: status, reasons: reasons), as: UTF8.self)
    }

    static func board(_ client: some TestClientProtocol, _ workshop: TestWorkshop, language: String = "fr") async throws -> [[String: Any]] {
        var headers = workshop.headers(.technician)
        headers[.acceptLanguage] = language
        return try await client.execute(uri: "/api/wipes/progress", method: .get, headers: headers) { response in
            (try JSONSerialization.jsonObject(with: Data(buffer: response.body))) as? [[String: Any]] ?? []
        }
    }

    static func registerKey(_ factory: CertificateFactory, _ client: some TestClientProtocol, _ workshop: TestWorkshop) async throws {
        let key = try await client.call(.post, "/api/station-keys", as: .admin, in: workshop,
                                        json: DeviceLifeRouteTests.json(["name": "banc-1", "publicKey": factory.publicKeyPEM]))
        #expect(key.status == .created)
    }

    @Test("a certificate ends its drive's wipe as done, at 100 %, with its id; the board's page shows it green with its links")
    func done() async throws {
        let workshop = try TestWorkshop()
        let factory = CertificateFactory()
        try await workshop.application.test(.router) { client in
            try await Self.registerKey(factory, client, workshop)
            let tag = try await BenchRouteTests.deviceWithReport(client, workshop, report: String(decoding: LaptopReport.json, as: UTF8.self))
            let drive = try #require(LaptopReport.drives.first)
            let key = DriveKey(reported: drive).text
            #expect(try await client.call(.post, "/api/devices/\(tag)/erasures/progress", as: .technician, in: workshop,
                                          json: WipeProgressRouteTests.update(key, done: 400)).status == .noContent)
            let sent = try await client.call(.post, "/api/devices/\(tag)/erasures", as: .technician, in: workshop,
                                             json: try Self.certificate(factory, tag: tag, drive: drive))
            #expect(sent.status == .created, "\(sent.json)")
            let id = try #require(sent.json["certificateId"] as? String)

            let row = try #require(try await Self.board(client, workshop).first)
            #expect(row["state"] as? String == "done")
            #expect(row["stalled"] as? Bool == false)
            #expect(row["certificateId"] as? String == id)
            #expect(row["percent"] as? Int == 100)
            #expect(row["statusText"] as? String == "effacé")
            #expect(row["phaseText"] as? String == "terminé")
            #expect((row["detailText"] as? String)?.hasPrefix("Certificat reçu il y a") == true, "\(row)")
            #expect(row["speedText"] as? String == "—", "an ended wipe has no speed")

            let page = try await BenchRouteTests.page("/bench", as: .technician, client, workshop)
            #expect(page.html.contains(#"class="state-done""#))
            #expect(page.html.contains(#"<span class="badge good">effacé</span>"#))
            #expect(page.html.contains("/api/certificates/\(id)/pdf"))

            // The device's own per-drive answer says the same, for scripts.
            let entries = try await client.execute(uri: "/api/devices/\(tag)/erasures/progress", method: .get,
                                                   headers: workshop.headers(.technician)) { response in
                (try JSONSerialization.jsonObject(with: Data(buffer: response.body))) as? [[String: Any]] ?? []
            }
            #expect(entries.first?["state"] as? String == "done")
            #expect(entries.first?["certificateId"] as? String == id)
        }
    }

    @Test("a certificate that says the disk is not erased shows failed, with the certificate's reasons and links")
    func failedCertificate() async throws {
        let workshop = try TestWorkshop()
        let factory = CertificateFactory()
        try await workshop.application.test(.router) { client in
            try await Self.registerKey(factory, client, workshop)
            let tag = try await BenchRouteTests.deviceWithReport(client, workshop, report: String(decoding: LaptopReport.json, as: UTF8.self))
            let drive = try #require(LaptopReport.drives.first)
            let sent = try await client.call(.post, "/api/devices/\(tag)/erasures", as: .technician, in: workshop,
                                             json: try Self.certificate(factory, tag: tag, drive: drive, status: .failed,
                                                                        reasons: [Message("erasure.reason.abort.stalled")]))
            #expect(sent.status == .created, "\(sent.json)")
            let row = try #require(try await Self.board(client, workshop, language: "en").first)
            #expect(row["state"] as? String == "failed")
            #expect(row["statusText"] as? String == "not erased")
            #expect(row["detailText"] as? String == "The disk stopped responding.")
            #expect(row["certificateId"] as? String == sent.json["certificateId"] as? String)
            let page = try await BenchRouteTests.page("/bench", as: .technician, client, workshop)
            #expect(page.html.contains(#"class="state-failed""#))
        }
    }

    @Test("a certificate the service refuses (unknown station key, a drive not in the report) shows refused, with the service's reason in the reader's language")
    func refusedCertificate() async throws {
        let workshop = try TestWorkshop()
        let stranger = CertificateFactory()
        try await workshop.application.test(.router) { client in
            let tag = try await BenchRouteTests.deviceWithReport(client, workshop, report: String(decoding: LaptopReport.json, as: UTF8.self))
            let drive = try #require(LaptopReport.drives.first)
            let key = DriveKey(reported: drive).text
            #expect(try await client.call(.post, "/api/devices/\(tag)/erasures/progress", as: .technician, in: workshop,
                                          json: WipeProgressRouteTests.update(key, done: 400)).status == .noContent)
            // The station's key was never registered: 422, and the board says so instead of going quiet.
            let refused = try await client.call(.post, "/api/devices/\(tag)/erasures", as: .technician, in: workshop,
                                                json: try Self.certificate(stranger, tag: tag, drive: drive))
            #expect(refused.status == .unprocessableContent)
            let french = try #require(try await Self.board(client, workshop).first)
            #expect(french["state"] as? String == "refused")
            #expect(french["statusText"] as? String == "refusé par le service")
            #expect((french["detailText"] as? String)?.contains("n'est pas enregistrée") == true, "\(french)")
            #expect(french["certificateId"] is NSNull)
            #expect(french["bytesDone"] as? Int == 400, "the last progress stays")
            let english = try #require(try await Self.board(client, workshop, language: "en").first)
            #expect((english["detailText"] as? String)?.contains("which is not registered") == true, "\(english)")
            let page = try await BenchRouteTests.page("/bench", as: .technician, client, workshop)
            #expect(page.html.contains(#"class="state-refused""#))
            #expect(page.html.contains(#"<span class="badge bad">refusé par le service</span>"#))

            // Once the key is registered, a certificate for a drive the report did not find is refused by the store.
            try await Self.registerKey(stranger, client, workshop)
            var other = drive
            other.serialNumber = "NOT-IN-THE-REPORT"
            let wrongDrive = try await client.call(.post, "/api/devices/\(tag)/erasures", as: .technician, in: workshop,
                                                   json: try Self.certificate(stranger, tag: tag, drive: other), extraHeaders: [.acceptLanguage: "en"])
            #expect(wrongDrive.status == .conflict, "\(wrongDrive.json)")
            let rows = try await Self.board(client, workshop, language: "en")
            let row = try #require(rows.first { $0["drive"] as? String == "NOT-IN-THE-REPORT" })
            #expect(row["state"] as? String == "refused")
            #expect((row["detailText"] as? String)?.contains("is not in the diagnostic report") == true, "\(row)")
        }
    }

    @Test("a certificate refused for a device that does not exist, or a body that is no certificate, puts nothing on the board")
    func unplaceableRefusals() async throws {
        let workshop = try TestWorkshop()
        let factory = CertificateFactory()
        try await workshop.application.test(.router) { client in
            try await Self.registerKey(factory, client, workshop)
            let drive = try #require(LaptopReport.drives.first)
            let unknown = try await client.call(.post, "/api/devices/R000001L/erasures", as: .technician, in: workshop,
                                                json: try Self.certificate(factory, tag: "R000001L", drive: drive))
            #expect(unknown.status == .notFound)
            let tag = try WipeProgressRouteTests.devices(1, in: workshop)[0]
            let garbage = try await client.call(.post, "/api/devices/\(tag)/erasures", as: .technician, in: workshop, json: #"{"hello":1}"#)
            #expect(garbage.status == .badRequest)
            #expect(try await Self.board(client, workshop).isEmpty)
        }
    }

    @Test("progress for a drive the report did not find shows refused in the screen's words (no command line), and on the device's page")
    func refusedProgress() async throws {
        let workshop = try TestWorkshop()
        try await workshop.application.test(.router) { client in
            let tag = try await BenchRouteTests.deviceWithReport(client, workshop, report: String(decoding: LaptopReport.json, as: UTF8.self))
            let answer = try await client.call(.post, "/api/devices/\(tag)/erasures/progress", as: .technician, in: workshop,
                                               json: WipeProgressRouteTests.update("USB-STICK-1"))
            #expect(answer.status == .unprocessableContent)
            let row = try #require(try await Self.board(client, workshop, language: "en").first)
            #expect(row["state"] as? String == "refused")
            let detail = try #require(row["detailText"] as? String)
            #expect(detail.contains("This drive is not in the device's hardware report"))
            #expect(detail.contains("run the probe again on the machine"))
            #expect(!detail.contains("refurb probe"), "no command line in a page: \(detail)")

            let page = try await BenchRouteTests.page("/bench/\(tag)", as: .technician, client, workshop)
            #expect(page.text.contains("Disque USB-STICK-1, refusé par le service : Ce disque n'est pas dans le rapport de diagnostic"),
                    "the device page says it above the disks")
            #expect(page.html.contains(#"data-state="refused""#))
        }
    }

    @Test("a station's own failure ends the wipe as failed with its reason, keeping the last figures; a bad reason is a 422 naming the field")
    func stationFailure() async throws {
        let workshop = try TestWorkshop()
        try await workshop.application.test(.router) { client in
            let tag = try await BenchRouteTests.deviceWithReport(client, workshop, report: String(decoding: LaptopReport.json, as: UTF8.self))
            let drive = try #require(LaptopReport.driveKeys.first)
            let path = "/api/devices/\(tag)/erasures/progress"
            #expect(try await client.call(.post, path, as: .technician, in: workshop,
                                          json: WipeProgressRouteTests.update(drive, done: 400)).status == .noContent)
            for bad in ["", "line\nbreak", String(repeating: "x", count: WipeProgressBoard.maximumReasonLength + 1)] {
                let refused = try await client.call(.post, path, as: .technician, in: workshop,
                                                    json: DeviceLifeRouteTests.json(["drive": drive, "bytesDone": 0, "bytesTotal": 0, "failure": bad]))
                #expect(refused.status == .unprocessableContent)
                #expect((refused.json["detail"] as? String)?.contains("failure") == true, "\(refused.json)")
            }
            #expect(try await Self.board(client, workshop).first?["state"] as? String == "running", "a refused update changes nothing")
            let failed = try await client.call(.post, path, as: .technician, in: workshop,
                                               json: DeviceLifeRouteTests.json(["drive": drive, "bytesDone": 0, "bytesTotal": 0,
                                                                                "failure": "cannot write the certificate: No space left on device"]))
            #expect(failed.status == .noContent)
            let row = try #require(try await Self.board(client, workshop).first)
            #expect(row["state"] as? String == "failed")
            #expect(row["statusText"] as? String == "échec")
            #expect(row["detailText"] as? String == "cannot write the certificate: No space left on device")
            #expect(row["bytesDone"] as? Int == 400, "the figures where it stopped stay")

            let page = try await BenchRouteTests.page("/bench/\(tag)", as: .technician, client, workshop)
            #expect(page.html.contains(#"<span class="board-state bad" data-state="failed">échec : cannot write the certificate"#),
                    "the disk's row on the device page says it failed, and why")
        }
    }
}
