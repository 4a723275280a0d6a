import Erasure
import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import NIOCore
import RefurbCore
@testable import RefurbServer
import RefurbStore
import Testing

/// The donor report can be handed over: marked « provisoire » (and warned about before the download) while a
/// device may still hold data, headed by the workshop's identity an admin set once, with the lot's kilograms
/// reused and recycled, each drive by its serial as read with its method and a certificate reference that
/// anyone holding it can check at /api/certificates/{id}/verification.
@Suite("Donor report")
struct DonorReportRouteTests {
    static let setup = Actor(user: "test", station: "setup")

    struct World {
        let lot: Lot
        let erased: Device
        let waiting: Device
        let certificateId: String
        let fingerprint: String
    }

    /// A weighed lot (12 kg): a laptop whose drive (serial `s3z9nb0k123456`, as its firmware gives it) was erased
    /// with a signed certificate and which was sold, and a desktop whose drive still waits.
    static func world(_ workshop: TestWorkshop) throws -> World {
        let db = workshop.database
        let lot = try db.openLot(try LotInput(donorName: "Banque Solidaire", weightKilograms: "12"), receivedOn: "2026-11-28",
                                 actor: setup, at: Date())
        let factory = CertificateFactory()
        _ = try db.registerStationKey(name: "banc-1", keyId: factory.keys.keyID, publicKey: factory.keys.publicKey.rawRepresentation.base64EncodedString(),
                                      actor: setup, at: Date())
        var erased = try db.intake(try IntakeInput(lot: lot.code.text, category: "laptop", serial: "PF-erased-1", manufacturer: "Lenovo",
                                                   model: "ThinkPad T480"), actor: setup, at: Date())
        _ = try db.recordDiagnostic(erased.assetTag, storage: ["s3z9nb0k123456"], actor: setup, at: Date())
        let id = UUID().uuidString.lowercased()
        let body = try factory.signed(assetTag: erased.assetTag.text, driveSerial: "s3z9nb0k123456", devicePath: "/dev/sdb", id: id)
        let certificate = try JSONDecoder().decode(ErasureCertificate.self, from: body)
        _ = try db.recordCertificate(IncomingCertificate(id: id, assetTag: erased.assetTag.text, driveSerial: "s3z9nb0k123456", passed: true,
                                                         keyId: factory.keys.keyID, body: body), for: erased.assetTag, actor: setup, at: Date())
        _ = try db.setGradeAndPrice(erased.assetTag, grade: .b, price: Money(cents: 9_000), actor: setup, at: Date())
        try PassedTests.record(erased.assetTag, in: db, actor: setup)
        for stage in [Stage.diagnosed, .wiped, .ready] { _ = try db.move(erased.assetTag, to: stage, actor: setup, at: Date()) }
        erased = try db.sell(erased.assetTag, price: nil, actor: setup, at: Date())
        let waiting = try db.intake(try IntakeInput(lot: lot.code.text, category: "desktop", serial: "PF-WAIT-2"), actor: setup, at: Date())
        _ = try db.recordDiagnostic(waiting.assetTag, storage: ["WD-WAITING-2"], actor: setup, at: Date())
        return World(lot: lot, erased: erased, waiting: waiting, certificateId: id,
                     fingerprint: try #require(CertificateReference(certificate)).fingerprint)
    }

    static func html(_ answer: (status: HTTPResponse.Status, json: [String: Any], raw: ByteBuffer, headers: HTTPFields)) -> String {
        String(buffer: answer.raw)
    }

    static func pdf(_ client: some TestClientProtocol, _ workshop: TestWorkshop, _ lot: Lot, language: String = "fr") async throws -> String {
        let answer = try await client.call(.get, "/office/lots/\(lot.code.text)/report.pdf", as: .shop, in: workshop,
                                           extraHeaders: [.acceptLanguage: language])
        #expect(answer.status == .ok)
        return try #require(try OfficeRouteTests.pdfText(Array(answer.raw.readableBytesView)))
    }

    @Test("while a drive waits, the lot's page says the report is provisional and its button leads to a warning before the PDF, which says « provisoire »")
    func provisional() async throws {
        let workshop = try TestWorkshop()
        let world = try Self.world(workshop)
        let code = world.lot.code.text
        try await workshop.application.test(.router) { client in
            let page = Self.html(try await client.call(.get, "/office/lots/\(code)", as: .shop, in: workshop))
            #expect(page.contains("id=\"report-provisional\""))
            #expect(page.contains("Rapport provisoire : 1 appareil(s) du lot peuvent encore contenir des données du donateur (\(world.waiting.assetTag.text))"))
            #expect(page.contains("id=\"donor-report\" href=\"/office/lots/\(code)/report\""))

            let warning = try await client.call(.get, "/office/lots/\(code)/report", as: .shop, in: workshop)
            #expect(warning.status == .ok)
            let warningHTML = Self.html(warning)
            #expect(warningHTML.contains("portera en tête la mention «\u{00A0}RAPPORT PROVISOIRE\u{00A0}»"))
            #expect(warningHTML.contains(world.waiting.assetTag.text))
            #expect(warningHTML.contains("id=\"download-provisional\" href=\"/office/lots/\(code)/report.pdf\""))
            #expect(warningHTML.contains("href=\"/office/lots/\(code)\""))

            let text = try await Self.pdf(client, workshop, world.lot).split(whereSeparator: \.isWhitespace).joined(separator: " ")
            #expect(text.contains("RAPPORT PROVISOIRE"))
            #expect(text.contains("Ce rapport est provisoire : 1 appareil(s) du lot peuvent encore contenir des données (\(world.waiting.assetTag.text))"))
            #expect(text.contains("rapport provisoire du"))
            let english = try await Self.pdf(client, workshop, world.lot, language: "en")
            #expect(english.contains("PROVISIONAL REPORT"))
            #expect(english.contains("This report is provisional"))
        }
    }

    @Test("once every drive is erased or destroyed, the report is final: the button downloads it, the warning page sends to it, no « provisoire »")
    func final() async throws {
        let workshop = try TestWorkshop()
        let world = try Self.world(workshop)
        _ = try workshop.database.recordStorageDestroyed(world.waiting.assetTag, storage: "WD-WAITING-2", note: "percé", actor: Self.setup, at: Date())
        let code = world.lot.code.text
        try await workshop.application.test(.router) { client in
            let page = Self.html(try await client.call(.get, "/office/lots/\(code)", as: .shop, in: workshop))
            #expect(!page.contains("id=\"report-provisional\""))
            #expect(page.contains("le rapport est définitif"))
            #expect(page.contains("id=\"donor-report\" href=\"/office/lots/\(code)/report.pdf\""))
            let warning = try await client.call(.get, "/office/lots/\(code)/report", as: .shop, in: workshop)
            #expect(warning.status == .seeOther || warning.status == .found)
            #expect(warning.headers[.location] == "/office/lots/\(code)/report.pdf")
            let text = try await Self.pdf(client, workshop, world.lot)
            #expect(!text.contains("PROVISOIRE") && !text.lowercased().contains("provisoire"))
        }
    }

    @Test("the report gives each drive by its serial as read, with the method in words, the local time and the certificate's reference; and the kilograms reused and recycled")
    func drivesAndKilograms() async throws {
        let workshop = try TestWorkshop()
        let world = try Self.world(workshop)
        try await workshop.application.test(.router) { client in
            let text = try await Self.pdf(client, workshop, world.lot)
            let flat = text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
            #expect(flat.contains("s3z9nb0k123456"), "the serial as the firmware gave it:\n\(text)")
            #expect(!flat.contains("S3Z9NB0K123456"))
            #expect(!flat.uppercased().contains("PATH:"))
            #expect(flat.contains("écrasement par des zéros, 1 passe, le 28/11/2026 à 11:15"), "\(text)")
            #expect(flat.contains("Certificat n° \(world.certificateId) — empreinte \(world.fingerprint)"), "\(text)")
            // 12 kg shared by typical weights: the sold laptop (2.2 kg) and the waiting tower (8 kg).
            #expect(flat.contains("Ce que sont devenus les 12 kg du lot"))
            // pdftotext reads the labels' column, then the values'.
            #expect(flat.contains("Réemployés (vendus, donnés ou prêts à la vente) Recyclés (filière agréée, ou démontés pour pièces) Encore à l'atelier 2,6 kg 0 kg 9,4 kg"),
                    "\(text)")
            #expect(flat.contains("selon le poids habituel de leur catégorie (ordinateur portable : 2,2 kg, ordinateur fixe : 8 kg)"), "\(text)")

            let page = Self.html(try await client.call(.get, "/office/lots/\(world.lot.code.text)", as: .technician, in: workshop))
            #expect(page.contains("Réemployé : 2,6 kg ; recyclé : 0 kg ; encore à l&#39;atelier : 9,4 kg."))
            #expect(page.contains("<a href=\"/bench/\(world.erased.assetTag.text)\">\(world.erased.assetTag.text)</a>"), "tags are links")
            #expect(page.contains("référence \(world.certificateId) · \(world.fingerprint)"))
            #expect(page.contains("href=\"/api/certificates/\(world.certificateId)/verification?fingerprint=\(world.fingerprint)\""))
            let shop = Self.html(try await client.call(.get, "/office/lots/\(world.lot.code.text)", as: .shop, in: workshop))
            #expect(shop.contains("<a href=\"/shop/\(world.erased.assetTag.text)\">"))
            let intake = Self.html(try await client.call(.get, "/office/lots/\(world.lot.code.text)", as: .intake, in: workshop))
            #expect(!intake.contains("<a href=\"/bench/") && !intake.contains("<a href=\"/shop/"), "no link to a page intake cannot open")
        }
    }

    @Test("the workshop's identity: set once by an admin in the office, it heads the report; until then the lot's page says it is missing")
    func identity() async throws {
        let workshop = try TestWorkshop()
        let world = try Self.world(workshop)
        let code = world.lot.code.text
        try await workshop.application.test(.router) { client in
            let before = Self.html(try await client.call(.get, "/office/lots/\(code)", as: .admin, in: workshop))
            #expect(before.contains("le rapport ne portera que le nom «\u{00A0}Atelier test\u{00A0}»"))
            #expect(before.contains("href=\"/office/workshop\""))
            #expect(try await client.call(.get, "/office/workshop", as: .shop, in: workshop).status == .forbidden)
            let form = try await client.call(.get, "/office/workshop", as: .admin, in: workshop)
            #expect(form.status == .ok)
            #expect(Self.html(form).contains("Pas encore renseigné"))

            let refused = try await client.execute(uri: "/office/workshop", method: .post, headers: OfficeRouteTests.form(.admin, in: workshop),
                                                   body: OfficeRouteTests.encode([("name", " "), ("address", ""), ("contact", "")])) { $0 }
            #expect(refused.status == .unprocessableContent)
            #expect(String(buffer: refused.body).contains("Indiquez le nom de l&#39;atelier."))
            #expect(try workshop.database.workshopIdentity() == nil)

            let saved = try await client.execute(uri: "/office/workshop", method: .post, headers: OfficeRouteTests.form(.admin, in: workshop),
                                                 body: OfficeRouteTests.encode([("name", "Atelier Solidaire de Rennes"),
                                                                                ("address", "12 rue des Lilas\r\n35000 Rennes"),
                                                                                ("contact", "02 99 00 00 00 · atelier@example.org")])) { $0 }
            #expect(saved.status == .seeOther || saved.status == .found)
            #expect(saved.headers[.location]?.hasPrefix("/office/workshop?done=workshop-saved") == true)
            let after = Self.html(try await client.call(.get, "/office/lots/\(code)", as: .admin, in: workshop))
            #expect(!after.contains("id=\"identity-missing\""))

            let text = try await Self.pdf(client, workshop, world.lot)
            for expected in ["Atelier Solidaire de Rennes", "12 rue des Lilas", "35000 Rennes", "Contact : 02 99 00 00 00 · atelier@example.org"] {
                #expect(text.contains(expected), "\(expected) in:\n\(text)")
            }
            #expect(!text.contains("Atelier test"))
        }
    }

    @Test("a certificate's reference can be checked by anyone holding it; a wrong fingerprint or id is the same 404, a malformed one a 400")
    func verification() async throws {
        let workshop = try TestWorkshop()
        let world = try Self.world(workshop)
        let path = "/api/certificates/\(world.certificateId)/verification"
        try await workshop.application.test(.router) { client in
            let typed = world.fingerprint.uppercased().replacingOccurrences(of: "-", with: "")
            let checked = try await client.call(.get, path + "?fingerprint=\(typed)", as: nil, in: workshop)
            #expect(checked.status == .ok, "\(checked.json)")
            #expect(checked.json["certificateId"] as? String == world.certificateId)
            #expect(checked.json["fingerprint"] as? String == world.fingerprint)
            #expect(checked.json["signatureValid"] as? Bool == true)
            #expect(checked.json["stationKeyRegistered"] as? Bool == true)
            #expect(checked.json["status"] as? String == "erased")
            #expect(checked.json["assetTag"] as? String == world.erased.assetTag.text)
            #expect((checked.json["drive"] as? [String: Any])?["serial"] as? String == "s3z9nb0k123456")

            var wrong = Array(world.fingerprint)
            wrong[0] = wrong[0] == "0" ? "1" : "0"
            let mismatch = try await client.call(.get, path + "?fingerprint=\(String(wrong))", as: nil, in: workshop)
            #expect(mismatch.status == .notFound)
            #expect((mismatch.json["detail"] as? String)?.hasPrefix("Aucun certificat ne porte la référence") == true)
            let unknown = try await client.call(.get, "/api/certificates/nope/verification?fingerprint=\(world.fingerprint)", as: nil, in: workshop)
            #expect(unknown.status == .notFound)
            #expect((unknown.json["detail"] as? String)?.hasPrefix("Aucun certificat ne porte la référence nope · \(world.fingerprint).") == true)
            let malformed = try await client.call(.get, path + "?fingerprint=xyz", as: nil, in: workshop)
            #expect(malformed.status == .badRequest)
            #expect((malformed.json["detail"] as? String)?.contains("fingerprint") == true)
            #expect(try await client.call(.get, path, as: nil, in: workshop).status == .badRequest)
        }
    }
}
