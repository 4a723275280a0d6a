import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import NIOCore
import RefurbCore
@testable import RefurbServer
import RefurbStore
import Testing

/// The office station's pages in-process: the dashboard's server-drawn charts, a lot's page and its
/// donor report as a PDF, and the admin forms, which work as plain HTML forms and refuse non-admins.
@Suite("Office station routes")
struct OfficeRouteTests {
    static let setup = Actor(user: "test", station: "setup")

    /// A weighed lot of three devices: one sold after its two drives were erased (with a certificate)
    /// and destroyed, one never diagnosed, one whose drive still waits for its erasure.
    static func lotWithDevices(in workshop: TestWorkshop) throws -> (lot: Lot, sold: Device, fresh: Device, waiting: Device) {
        let db = workshop.database
        let lot = try db.openLot(try LotInput(donorName: "Banque Solidaire", site: "Agence Nord", declaredCount: 4, weightKilograms: "31,5"),
                                 receivedOn: "2026-11-28", actor: setup, at: Date())
        func intake(_ serial: String, _ category: String) throws -> Device {
            try db.intake(try IntakeInput(lot: lot.code.text, category: category, serial: serial, manufacturer: "Lenovo", model: "ThinkPad T480"),
                          actor: setup, at: Date())
        }
        var sold = try intake("PF-SOLD-1", "laptop")
        _ = try db.recordDiagnostic(sold.assetTag, storage: ["WD-ERASED-1", "HDD-BROKEN-2"], actor: setup, at: Date())
        _ = try db.recordErasure(sold.assetTag, storage: "WD-ERASED-1", passed: true, certificate: "cert-0001-ok", actor: setup, at: Date())
        _ = try db.recordStorageDestroyed(sold.assetTag, storage: "HDD-BROKEN-2", note: "broken", actor: setup, at: Date())
        _ = try db.setGradeAndPrice(sold.assetTag, grade: .b, price: Money(cents: 12_000), actor: setup, at: Date())
        try PassedTests.record(sold.assetTag, in: db, actor: setup)
        for stage in [Stage.diagnosed, .wiped, .ready] { _ = try db.move(sold.assetTag, to: stage, actor: setup, at: Date()) }
        sold = try db.sell(sold.assetTag, price: nil, actor: setup, at: Date())
        let fresh = try intake("PF-FRESH-2", "desktop")
        let waiting = try intake("PF-WAIT-3", "laptop")
        _ = try db.recordDiagnostic(waiting.assetTag, storage: ["SSD-WAITING-3"], actor: setup, at: Date())
        return (lot, sold, fresh, waiting)
    }

    static func form(_ role: Role?, in workshop: TestWorkshop, extra: HTTPFields = [:]) -> HTTPFields {
        var headers = workshop.headers(role, json: false)
        headers[.contentType] = "application/x-www-form-urlencoded"
        headers.append(contentsOf: extra)
        return headers
    }

    static func encode(_ fields: [(String, String)]) -> ByteBuffer {
        var allowed = CharacterSet.alphanumerics
        allowed.insert(charactersIn: "-._~")
        return ByteBuffer(string: fields.map { "\($0.0)=\($0.1.addingPercentEncoding(withAllowedCharacters: allowed) ?? "")" }.joined(separator: "&"))
    }

    static func text(_ buffer: ByteBuffer) -> String { String(buffer: buffer) }

    @Test("the dashboard draws its charts as accessible SVG on the server, with tables and kg diverted, in French and English")
    func dashboard() async throws {
        let workshop = try TestWorkshop()
        _ = try Self.lotWithDevices(in: workshop)
        try await workshop.application.test(.router) { client in
            let french = try await client.call(.get, "/office", as: .shop, in: workshop)
            #expect(french.status == .ok)
            #expect(french.headers[.contentType]?.hasPrefix("text/html") == true)
            let html = Self.text(french.raw)
            for id in ["chart-flow", "chart-stages", "chart-stock"] {
                #expect(html.contains(#"role="img" aria-labelledby="\#(id)-title \#(id)-desc""#), "\(id)")
                #expect(html.contains(#"<title id="\#(id)-title">"#))
                #expect(html.contains(#"<desc id="\#(id)-desc">"#))
            }
            #expect(html.components(separatedBy: "<svg ").count - 1 == 3)
            #expect(html.contains("<rect class=\"series-in\""))
            #expect(html.contains("Appareils entrés et sortis par semaine"))
            // 31.5 kg weighed, all collected; the sold laptop's share of it is a second life.
            #expect(html.contains("31,5 kg"))
            #expect(html.contains("Voir les chiffres en tableau"))
            #expect(html.contains("<caption>Temps passé à chaque étape</caption>"))
            // No inline style or script: the page keeps to the content security policy.
            #expect(!html.contains("style=\""))
            #expect(!html.contains("<script>"))

            let english = try await client.call(.get, "/office", as: .technician, in: workshop, extraHeaders: [.acceptLanguage: "en"])
            let englishHTML = Self.text(english.raw)
            #expect(englishHTML.contains("Devices in and out per week"))
            #expect(englishHTML.contains("31.5 kg"))
            #expect(englishHTML.contains("<html lang=\"en\">"))
        }
    }

    @Test("the dashboard's admin sections are offered only to admins")
    func officeNavigation() async throws {
        let workshop = try TestWorkshop()
        try await workshop.application.test(.router) { client in
            let shop = Self.text(try await client.call(.get, "/office", as: .shop, in: workshop).raw)
            #expect(shop.contains("href=\"/office/lots\""))
            #expect(!shop.contains("href=\"/office/users\""))
            let admin = Self.text(try await client.call(.get, "/office", as: .admin, in: workshop).raw)
            for path in ["/office/users", "/office/tokens", "/office/printers", "/office/station-keys"] {
                #expect(admin.contains("href=\"\(path)\""), "\(path)")
            }
        }
    }

    @Test("a lot's page lists its devices with their stage and the erasure of each drive")
    func lotPage() async throws {
        let workshop = try TestWorkshop()
        let (lot, sold, fresh, waiting) = try Self.lotWithDevices(in: workshop)
        try await workshop.application.test(.router) { client in
            let list = Self.text(try await client.call(.get, "/office/lots", as: .intake, in: workshop).raw)
            #expect(list.contains("href=\"/office/lots/\(lot.code.text)\""))
            #expect(list.contains("Banque Solidaire"))
            #expect(list.contains("28/11/2026"))
            #expect(list.contains("31,5 kg"))

            let page = try await client.call(.get, "/office/lots/\(lot.code.text)", as: .shop, in: workshop)
            #expect(page.status == .ok)
            let html = Self.text(page.raw)
            for device in [sold, fresh, waiting] { #expect(html.contains(device.assetTag.text)) }
            #expect(html.contains("vendu"))
            #expect(html.contains("effacé, certificat cert-0001-ok"))
            #expect(html.contains("href=\"/api/certificates/cert-0001-ok/pdf\""))
            #expect(html.contains("retiré et détruit"))
            #expect(html.contains("pas encore effacé"))
            #expect(html.contains("Pas encore diagnostiqué"))
            // Two devices may still hold data: the button leads to the warning before the provisional report.
            #expect(html.contains("href=\"/office/lots/\(lot.code.text)/report\""))
            #expect(html.contains("Appareils : 3, dont 1 sans plus aucune donnée. Disques : 3 (effacés avec certificat : 1 ; retirés et détruits : 1 ; pas encore effacés : 1)."))

            let missing = try await client.call(.get, "/office/lots/LOT-2026-0999", as: .shop, in: workshop, extraHeaders: [.accept: "text/html"])
            #expect(missing.status == .notFound)
            let malformed = try await client.call(.get, "/office/lots/nonsense", as: .shop, in: workshop)
            #expect(malformed.status == .badRequest)
        }
    }

    @Test("the donor report is a PDF listing every device of the lot with its drives' certificates, in the reader's language")
    func donorReport() async throws {
        let workshop = try TestWorkshop()
        let (lot, sold, fresh, waiting) = try Self.lotWithDevices(in: workshop)
        try await workshop.application.test(.router) { client in
            let answer = try await client.call(.get, "/office/lots/\(lot.code.text)/report.pdf", as: .shop, in: workshop)
            #expect(answer.status == .ok)
            #expect(answer.headers[.contentType] == "application/pdf")
            #expect(answer.headers[.contentDisposition] == "attachment; filename=\"rapport-donateur-\(lot.code.text).pdf\"")
            let bytes = Array(answer.raw.readableBytesView)
            #expect(bytes.starts(with: Array("%PDF-".utf8)))
            let text = try #require(try Self.pdfText(bytes))
            for expected in ["Atelier test", "Rapport au donateur — lot \(lot.code.text)", "Banque Solidaire", sold.assetTag.text,
                             fresh.assetTag.text, waiting.assetTag.text, "PF-SOLD-1", "ThinkPad T480", "ordinateur fixe", "vendu",
                             "cert-0001-ok", "retiré et détruit", "pas encore effacé", "31,5 kg"] {
                #expect(text.contains(expected), "\(expected) in:\n\(text)")
            }

            let english = try await client.call(.get, "/office/lots/\(lot.code.text)/report.pdf", as: .shop, in: workshop,
                                                extraHeaders: [.acceptLanguage: "en"])
            let englishText = try #require(try Self.pdfText(Array(english.raw.readableBytesView)))
            #expect(englishText.contains("Donor report — lot \(lot.code.text)"))
            #expect(englishText.contains("removed and destroyed"))
            #expect(englishText.contains("sold"))
        }
    }

    @Test("a long lot runs over several pages, each device listed once")
    func longReport() async throws {
        let workshop = try TestWorkshop()
        let lot = try workshop.database.openLot(try LotInput(donorName: "Grande Entreprise"), receivedOn: "2026-11-28", actor: Self.setup, at: Date())
        var tags: [String] = []
        for index in 1...70 {
            let device = try workshop.database.intake(try IntakeInput(lot: lot.code.text, category: "laptop", serial: "LONG-\(index)"),
                                                      actor: Self.setup, at: Date())
            _ = try workshop.database.recordDiagnostic(device.assetTag, storage: ["D-\(index)"], actor: Self.setup, at: Date())
            // Destroyed, so that the report is final and names each device only in its table.
            _ = try workshop.database.recordStorageDestroyed(device.assetTag, storage: "D-\(index)", note: nil, actor: Self.setup, at: Date())
            tags.append(device.assetTag.text)
        }
        let dossier = try await LotDossier.load(lot.code, from: workshop.database)
        let bytes = try DonorReportPDF(dossier: dossier, identity: WorkshopIdentity(name: "Atelier"), language: .fr, date: Date()).render()
        let text = try #require(try Self.pdfText(bytes))
        #expect(text.contains("page 3"))
        for tag in tags { #expect(text.components(separatedBy: tag).count == 2, "\(tag) once") }
    }

    @Test("admin pages and forms refuse non-admins and send visitors to the login page")
    func adminRefusals() async throws {
        let workshop = try TestWorkshop()
        try await workshop.application.test(.router) { client in
            for path in ["/office/users", "/office/tokens", "/office/printers", "/office/station-keys"] {
                for role in [Role.intake, .technician, .shop] {
                    let page = try await client.call(.get, path, as: role, in: workshop)
                    #expect(page.status == .forbidden, "GET \(path) as \(role)")
                    let post = try await client.execute(uri: path, method: .post, headers: Self.form(role, in: workshop),
                                                        body: Self.encode([("name", "x"), ("username", "x"), ("uri", "usb://auto")])) { $0.status }
                    #expect(post == .forbidden, "POST \(path) as \(role)")
                }
                let nobody = try await client.call(.get, path, as: nil, in: workshop)
                #expect(nobody.status == .seeOther)
                #expect(nobody.headers[.location]?.hasPrefix("/login?next=") == true)
            }
            #expect(try workshop.database.accounts().count == 4)
            #expect(try workshop.database.printers().isEmpty)
        }
    }

    @Test("adding an account: with a password it redirects back with a notice; without, the made-up password is shown once")
    func addAccount() async throws {
        let workshop = try TestWorkshop()
        try await workshop.application.test(.router) { client in
            let added = try await client.execute(uri: "/office/users", method: .post, headers: Self.form(.admin, in: workshop),
                                                 body: Self.encode([("username", "marie.d"), ("role-intake", "on"), ("role-shop", "on"),
                                                                    ("password", "un mot de passe long")])) { $0 }
            #expect(added.status == .seeOther)
            let location = try #require(added.headers[.location])
            #expect(location == "/office/users?done=account-added&subject=marie%2Ed" || location.hasPrefix("/office/users?done=account-added"))
            let account = try #require(try workshop.database.accounts().first { $0.username == "marie.d" })
            #expect(account.roles == [.intake, .shop])
            let notice = Self.text(try await client.call(.get, location, as: .admin, in: workshop).raw)
            #expect(notice.contains("Le compte « marie.d » a été créé."))

            let madeUp = try await client.execute(uri: "/office/users", method: .post, headers: Self.form(.admin, in: workshop),
                                                  body: Self.encode([("username", "paul"), ("role-technician", "on"), ("password", "")])) { $0 }
            // Made up, it is shown on the page the form redirects to (OfficeAccountsRouteTests says more).
            #expect(madeUp.status == .seeOther)
            let shownAt = try #require(madeUp.headers[.location])
            let html = Self.text(try await client.call(.get, shownAt, as: .admin, in: workshop).raw)
            let password = try #require(html.firstMatch(of: /id="secret-value">([A-Za-z0-9]{16})</)?.1)
            let login = try await client.call(.post, "/api/session", as: nil, in: workshop,
                                              json: #"{"username":"paul","password":"\#(password)"}"#)
            #expect(login.status == .ok)

            // Refusals are said on the form, which keeps what was typed, and change nothing.
            for (fields, expected) in [
                ([("username", "bad name!"), ("role-shop", "on")], "bad name!"),
                ([("username", "nobody-roles"), ("password", "assez long pour passer")], "au moins un rôle"),
                ([("username", "short"), ("role-shop", "on"), ("password", "court")], "10"),
                ([("username", "marie.d"), ("role-shop", "on"), ("password", "un mot de passe long")], "marie.d"),
            ] {
                let refused = try await client.execute(uri: "/office/users", method: .post, headers: Self.form(.admin, in: workshop),
                                                       body: Self.encode(fields)) { $0 }
                #expect(refused.status.code >= 400 && refused.status.code < 500, "\(fields)")
                let page = Self.text(refused.body)
                #expect(page.contains("class=\"message error\" role=\"alert\""), "\(fields)")
                #expect(page.contains(expected), "\(fields): \(expected)")
                #expect(page.contains("value=\"\(fields[0].1)\""), "the name typed is kept")
            }
            #expect(try workshop.database.accounts().count == 6)
        }
    }

    @Test("a browser's form needs its session's CSRF field; with it, a printer is saved and removed after confirming")
    func printersThroughASession() async throws {
        let workshop = try TestWorkshop(filePrinters: true)
        let target = workshop.printersDirectory + "/labels.bin"
        try await workshop.application.test(.router) { client in
            let login = try await client.call(.post, "/api/session", as: nil, in: workshop,
                                              json: #"{"username":"admin","password":"\#(TestWorkshop.password)"}"#)
            let cookie = try #require(login.headers[.setCookie]?.split(separator: ";").first.map(String.init))
            let csrf = try #require(login.json["csrfToken"] as? String)
            var headers = HTTPFields()
            headers[.cookie] = cookie
            headers[.contentType] = "application/x-www-form-urlencoded"

            let page = Self.text(try await client.execute(uri: "/office/printers", method: .get, headers: [.cookie: cookie]) { $0.body })
            #expect(page.contains("name=\"_csrf\" value=\"\(csrf)\""))

            let forged = try await client.execute(uri: "/office/printers", method: .post, headers: headers,
                                                  body: Self.encode([("name", "accueil"), ("uri", "file:" + target)])) { $0.status }
            #expect(forged == .forbidden)
            #expect(try workshop.database.printers().isEmpty)

            let badAddress = try await client.execute(uri: "/office/printers", method: .post, headers: headers,
                                                      body: Self.encode([("_csrf", csrf), ("name", "accueil"), ("uri", "ftp://nowhere")])) { $0 }
            #expect(badAddress.status == .unprocessableContent)
            #expect(Self.text(badAddress.body).contains("role=\"alert\""))
            #expect(Self.text(badAddress.body).contains("value=\"ftp://nowhere\""))
            #expect(try workshop.database.printers().isEmpty)

            let saved = try await client.execute(uri: "/office/printers", method: .post, headers: headers,
                                                 body: Self.encode([("_csrf", csrf), ("name", "accueil 1"), ("uri", "file:" + target)])) { $0 }
            #expect(saved.status == .seeOther)
            #expect(saved.headers[.location] == "/office/printers?done=printer-saved&subject=accueil%201")
            #expect(try workshop.database.printers() == [PrinterSetting(name: "accueil 1", uri: "file:" + target, isDefault: true)])

            let list = Self.text(try await client.execute(uri: "/office/printers?done=printer-saved&subject=accueil%201", method: .get,
                                                          headers: [.cookie: cookie]) { $0.body })
            #expect(list.contains("imprimante « accueil 1 » est enregistrée."))
            #expect(list.contains("href=\"/office/printers/accueil%201/remove\""))

            let confirm = try await client.execute(uri: "/office/printers/accueil%201/remove", method: .get, headers: [.cookie: cookie]) { $0 }
            #expect(confirm.status == .ok)
            #expect(Self.text(confirm.body).contains("action=\"/office/printers/accueil%201/remove\""))
            #expect(try workshop.database.printers().count == 1, "asking changes nothing")

            let removed = try await client.execute(uri: "/office/printers/accueil%201/remove", method: .post, headers: headers,
                                                   body: Self.encode([("_csrf", csrf)])) { $0 }
            #expect(removed.status == .seeOther)
            #expect(try workshop.database.printers().isEmpty)
        }
    }

    @Test("a new token is shown once and works; revoking it asks first, then it no longer works")
    func tokens() async throws {
        let workshop = try TestWorkshop()
        try await workshop.application.test(.router) { client in
            let created = try await client.execute(uri: "/office/tokens", method: .post, headers: Self.form(.admin, in: workshop),
                                                   body: Self.encode([("name", "établi 2"), ("username", "technician"), ("station", "")])) { $0 }
            #expect(created.status == .seeOther)
            let shownAt = try #require(created.headers[.location])
            let html = Self.text(try await client.call(.get, shownAt, as: .admin, in: workshop).raw)
            let secret = try #require(html.firstMatch(of: /id="secret-value">(rft_[A-Za-z0-9_-]+)</)?.1).description
            let token = try #require(try workshop.database.tokens().first { $0.name == "établi 2" })
            #expect(token.username == "technician")
            #expect(token.station == "établi 2")
            let works = try await client.call(.get, "/api/lots", as: nil, in: workshop, extraHeaders: [.authorization: "Bearer \(secret)"])
            #expect(works.status == .ok)

            let list = Self.text(try await client.call(.get, "/office/tokens", as: .admin, in: workshop).raw)
            #expect(!list.contains(secret), "the secret is never shown again")
            #expect(list.contains("href=\"/office/tokens/\(token.id)/revoke\""))

            let confirm = try await client.call(.get, "/office/tokens/\(token.id)/revoke", as: .admin, in: workshop)
            #expect(confirm.status == .ok)
            #expect(Self.text(confirm.raw).contains("Révoquer le jeton « établi 2 » ?"))
            #expect(try await client.call(.get, "/api/lots", as: nil, in: workshop, extraHeaders: [.authorization: "Bearer \(secret)"]).status == .ok)

            let revoked = try await client.execute(uri: "/office/tokens/\(token.id)/revoke", method: .post,
                                                   headers: Self.form(.admin, in: workshop), body: Self.encode([])) { $0 }
            #expect(revoked.status == .seeOther)
            #expect(revoked.headers[.location]?.hasPrefix("/office/tokens?done=token-revoked") == true)
            #expect(try await client.call(.get, "/api/lots", as: nil, in: workshop, extraHeaders: [.authorization: "Bearer \(secret)"]).status == .unauthorized)
            let after = Self.text(try await client.call(.get, "/office/tokens", as: .admin, in: workshop).raw)
            #expect(after.contains("révoqué le"))

            let missing = try await client.call(.get, "/office/tokens/999999/revoke", as: .admin, in: workshop)
            #expect(missing.status == .notFound)
        }
    }

    @Test("a station key is registered from its PEM file, refused when unreadable, and revoked after confirming")
    func stationKeys() async throws {
        let workshop = try TestWorkshop()
        let factory = CertificateFactory()
        try await workshop.application.test(.router) { client in
            let unreadable = try await client.execute(uri: "/office/station-keys", method: .post, headers: Self.form(.admin, in: workshop),
                                                      body: Self.encode([("name", "établi 1"), ("publicKey", "not a key")])) { $0 }
            #expect(unreadable.status == .unprocessableContent)
            #expect(try workshop.database.stationKeys().isEmpty)

            let registered = try await client.execute(uri: "/office/station-keys", method: .post, headers: Self.form(.admin, in: workshop),
                                                      body: Self.encode([("name", "établi 1"), ("publicKey", factory.publicKeyPEM)])) { $0 }
            #expect(registered.status == .seeOther)
            let key = try #require(try workshop.database.stationKeys().first)
            #expect(key.name == "établi 1")
            let page = Self.text(try await client.call(.get, "/office/station-keys", as: .admin, in: workshop).raw)
            #expect(page.contains(key.keyId))

            let revoked = try await client.execute(uri: "/office/station-keys/\(key.id)/revoke", method: .post,
                                                   headers: Self.form(.admin, in: workshop), body: Self.encode([])) { $0.status }
            #expect(revoked == .seeOther)
            #expect(try workshop.database.stationKeys().first?.revokedAt != nil)
        }
    }

    @Test("a notice is shown only for the codes the forms use")
    func noticeCodes() async throws {
        let workshop = try TestWorkshop()
        try await workshop.application.test(.router) { client in
            let crafted = Self.text(try await client.call(.get, "/office/printers?done=anything&subject=%3Cb%3Ehi", as: .admin, in: workshop).raw)
            #expect(!crafted.contains("role=\"status\""))
            let escaped = Self.text(try await client.call(.get, "/office/printers?done=printer-saved&subject=%3Cb%3Ehi", as: .admin, in: workshop).raw)
            #expect(escaped.contains("&lt;b&gt;hi"))
            #expect(!escaped.contains("<b>hi"))
        }
    }

    /// The text of a PDF through poppler's `pdftotext` (installed by scripts/setup), or the test is
    /// failed with a clear reason when it is missing.
    static func pdfText(_ bytes: [UInt8]) throws -> String? {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("office-pdf-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("report.pdf")
        try Data(bytes).write(to: file)
        guard let tool = ["/usr/bin/pdftotext", "/usr/local/bin/pdftotext"].first(where: FileManager.default.isExecutableFile(atPath:)) else {
            Issue.record("pdftotext (poppler-utils) is needed to read the report back: run scripts/setup")
            return nil
        }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: tool)
        process.arguments = [file.path, "-"]
        let output = Pipe()
        process.standardOutput = output
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return String(decoding: data, as: UTF8.self)
    }
}
