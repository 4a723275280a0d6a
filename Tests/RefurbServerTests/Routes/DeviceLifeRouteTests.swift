import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import RefurbCore
@testable import RefurbServer
import RefurbStore
import Testing

/// A device's whole life through the routes, in-process: lot, intake, a real probe report, one
/// certificate per drive, grade and price, ready, sale. And the refusals along the way.
@Suite("A device's life through the API")
struct DeviceLifeRouteTests {
    @Test("lot, intake by scan, report, a certificate per drive, price, ready, sale; ready is refused while a drive is unerased")
    func wholeLife() async throws {
        let workshop = try TestWorkshop()
        let certificates = CertificateFactory()
        let drives = LaptopReport.drives
        try #require(!drives.isEmpty, "the laptop fixture has drives")
        try await workshop.application.test(.router) { client in
            let key = try await client.call(.post, "/api/station-keys", as: .admin, in: workshop,
                                            json: Self.json(["name": "banc-1", "publicKey": certificates.publicKeyPEM]))
            #expect(key.status == .created)

            let lot = try await client.call(.post, "/api/lots", as: .intake, in: workshop, json: #"{"donor":"Mairie de Rennes","weightKg":"48,5"}"#)
            #expect(lot.status == .created)
            let code = try #require(lot.json["code"] as? String)

            // Intake without a serial: the report's firmware serial will become the device's.
            let intake = try await client.call(.post, "/api/devices", as: .intake, in: workshop, json: #"{"lot":"\#(code)","category":"laptop"}"#)
            #expect(intake.status == .created)
            let tag = try #require(intake.json["assetTag"] as? String)
            let scanned = try await client.call(.get, "/api/scan/\(tag.lowercased())", as: .shop, in: workshop)
            #expect(scanned.json["kind"] as? String == "device")

            let report = try await client.call(.post, "/api/devices/\(tag)/diagnostics", as: .technician, in: workshop,
                                               json: String(decoding: LaptopReport.json, as: UTF8.self))
            #expect(report.status == .created, "\(report.json)")
            #expect(report.json["serialCheck"] as? String == (LaptopReport.systemSerial == nil ? "not-in-report" : "linked"))
            let resent = try await client.call(.post, "/api/devices/\(tag)/diagnostics", as: .technician, in: workshop,
                                               json: String(decoding: LaptopReport.json, as: UTF8.self))
            #expect(resent.status == .ok)
            #expect(resent.json["replayed"] as? Bool == true)

            #expect(try await client.call(.post, "/api/devices/\(tag)/moves", as: .technician, in: workshop, json: #"{"to":"diagnosed"}"#).status == .ok)
            let price = try await client.call(.put, "/api/devices/\(tag)/price", as: .shop, in: workshop, json: #"{"grade":"B","priceCents":12900}"#)
            #expect(price.status == .ok)

            // Every drive but the last erased: "wiped" is refused and names the drive left.
            for drive in drives.dropLast() {
                let sent = try await client.call(.post, "/api/devices/\(tag)/erasures", as: .technician, in: workshop,
                                                 json: String(decoding: try certificates.signed(assetTag: tag, driveSerial: drive.serialNumber,
                                                                                                devicePath: drive.devicePath), as: UTF8.self))
                #expect(sent.status == .created, "\(sent.json)")
            }
            let early = try await client.call(.post, "/api/devices/\(tag)/moves", as: .technician, in: workshop, json: #"{"to":"wiped"}"#)
            #expect(early.status == .conflict)
            #expect((early.json["rules"] as? [String])?.contains("storage-not-erased") == true, "\(early.json)")
            #expect((early.json["detail"] as? String)?.contains(SerialNumber.key(for: LaptopReport.driveKeys.last!)) == true, "\(early.json)")

            let last = drives.last!
            let certificate = try await client.call(.post, "/api/devices/\(tag)/erasures", as: .technician, in: workshop,
                                                    json: String(decoding: try certificates.signed(assetTag: tag, driveSerial: last.serialNumber,
                                                                                                   devicePath: last.devicePath), as: UTF8.self))
            #expect(certificate.status == .created)
            let certificateId = try #require(certificate.json["certificateId"] as? String)
            #expect(try await client.call(.post, "/api/devices/\(tag)/moves", as: .technician, in: workshop, json: #"{"to":"wiped"}"#).status == .ok)
            try await PassedTests.record(tag, client, workshop)

            // A drive put in during repair shows in a new report: "ready" is refused until it is erased too.
            let extra = try await client.call(.post, "/api/devices/\(tag)/diagnostics", as: .technician, in: workshop,
                                              json: Self.report(addingDrive: "EXTRA-DRIVE-1"))
            #expect(extra.status == .created, "\(extra.json)")
            let refused = try await client.call(.post, "/api/devices/\(tag)/moves", as: .shop, in: workshop, json: #"{"to":"ready"}"#)
            #expect(refused.status == .conflict)
            #expect(refused.json["rules"] as? [String] == ["storage-not-erased"], "\(refused.json)")
            #expect((refused.json["detail"] as? String)?.contains("EXTRA-DRIVE-1") == true, "\(refused.json)")
            let unchanged = try await client.call(.get, "/api/devices/\(tag)", as: .shop, in: workshop)
            #expect((unchanged.json["device"] as? [String: Any])?["stage"] as? String == "wiped")
            #expect(try await client.call(.post, "/api/devices/\(tag)/erasures", as: .technician, in: workshop,
                                          json: String(decoding: try certificates.signed(assetTag: tag, driveSerial: "EXTRA-DRIVE-1"), as: UTF8.self)).status == .created)
            #expect(try await client.call(.post, "/api/devices/\(tag)/moves", as: .shop, in: workshop, json: #"{"to":"ready"}"#).status == .ok)

            let sale = try await client.call(.post, "/api/devices/\(tag)/sale", as: .shop, in: workshop, json: #"{"priceCents":11900}"#)
            #expect(sale.status == .ok)
            #expect(sale.json["stage"] as? String == "sold")

            let events = try await client.execute(uri: "/api/devices/\(tag)/events", method: .get, headers: workshop.headers(.shop)) {
                try JSONSerialization.jsonObject(with: Data(buffer: $0.body)) as? [[String: Any]] ?? []
            }
            let kinds = events.compactMap { $0["kind"] as? String }
            #expect(kinds.first == "received")
            #expect(kinds.suffix(2) == ["moved", "sold"])
            #expect(kinds.filter { $0 == "erasure-recorded" }.count == drives.count + 1)
            #expect(kinds.filter { $0 == "diagnostic-recorded" }.count == 2)
            // Who did what, and from which station, for every change.
            #expect(events.contains { $0["user"] as? String == "technician" && $0["station"] as? String == "poste-technician" })
            #expect(events.last?["user"] as? String == "shop")

            let pdf = try await client.execute(uri: "/api/certificates/\(certificateId)/pdf", method: .get, headers: workshop.headers(.shop)) { $0 }
            #expect(pdf.status == .ok)
            #expect(Array(Data(buffer: pdf.body).prefix(5)) == Array("%PDF-".utf8))
            let label = try await client.execute(uri: "/api/devices/\(tag)/label?template=asset-tag-62x29", method: .get,
                                                 headers: workshop.headers(.shop)) { $0 }
            #expect(label.status == .ok)
            #expect(Array(Data(buffer: label.body).prefix(4)) == [0x89, 0x50, 0x4E, 0x47])
        }
    }

    /// The laptop's report with one more drive, as after a drive was fitted during repair.
    static func report(addingDrive serial: String) -> String {
        var object = try! JSONSerialization.jsonObject(with: LaptopReport.json) as! [String: Any]
        var storage = object["storage"] as! [[String: Any]]
        var drive = storage[0]
        drive["serialNumber"] = serial
        drive["name"] = "sdz"
        drive["devicePath"] = "/dev/sdz"
        drive.removeValue(forKey: "wwn")
        storage.append(drive)
        object["storage"] = storage
        return json(object)
    }

    static func json(_ object: [String: Any]) -> String {
        String(decoding: try! JSONSerialization.data(withJSONObject: object), as: UTF8.self)
    }
}
