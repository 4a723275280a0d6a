import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import RefurbCore
@testable import RefurbServer
import RefurbStore
import RefurbWire
import Testing

/// The bench pages in-process: a device with a real probe report shows its hardware, each disk's
/// health in plain words and what blocks each next stage; the forms log repairs, grade, record a
/// destroyed drive and move the device, refusing with the rule's words; the board of wipes lists
/// every running wipe across the benches.
@Suite("Bench station pages")
struct BenchRouteTests {
    @Test("a device's page shows its hardware, each disk's SMART health in plain words, and the rules blocking each next stage")
    func devicePage() async throws {
        let workshop = try TestWorkshop()
        try await workshop.application.test(.router) { client in
            let tag = try await Self.deviceWithReport(client, workshop, report: Self.reportWithSmartWarning())
            #expect(try await client.call(.post, "/api/devices/\(tag)/moves", as: .technician, in: workshop, json: #"{"to":"diagnosed"}"#).status == .ok)

            let page = try await Self.page("/bench/\(tag)", as: .technician, client, workshop)
            #expect(page.status == .ok)
            let html = page.html
            let report = LaptopReport.report
            if let maker = report.system.manufacturer { #expect(html.contains(maker)) }
            #expect(html.contains("12 secteurs réalloués"), "the SMART reason in plain French")
            #expect(html.contains("à surveiller"))
            #expect(html.contains("Passer à « effacé »"))
            // Before any certificate, "wiped" is blocked by the unerased drives, named; shown before clicking.
            let keys = LaptopReport.driveKeys.map(SerialNumber.key(for:))
            let rule = LifecycleRule.storageNotErased(keys).message(in: .fr, catalog: UIMessages.catalog)
            #expect(page.text.contains(rule), "the blocking rule as the page shows it")
            #expect(html.components(separatedBy: #"<span class="badge warn">à effacer</span>"#).count - 1 == LaptopReport.drives.count,
                    "each disk's row says it is still to erase")
            #expect(!html.contains("<script>"), "no inline script")
            #expect(html.contains("/static/js/bench.js"))

            let english = try await Self.page("/bench/\(tag)?lang=en", as: .technician, client, workshop)
            #expect(english.html.contains("12 reallocated sectors"))
            #expect(english.html.contains("needs a look"))
            #expect(english.text.contains(LifecycleRule.storageNotErased(keys).message(in: .en, catalog: UIMessages.catalog)))

            // The station is the technician's: the shop and intake are refused, nobody is sent to sign in.
            #expect(try await Self.page("/bench/\(tag)", as: .shop, client, workshop).status == .forbidden)
            let nobody = try await Self.page("/bench/\(tag)", as: nil, client, workshop)
            #expect(nobody.status == .seeOther)
            #expect(nobody.headers[.location]?.hasPrefix("/login?next=") == true)
        }
    }

    @Test("ready is refused with the rule's words until every drive has a certificate; then each disk links its certificate")
    func readyOnlyAfterCertificates() async throws {
        let workshop = try TestWorkshop()
        let certificates = CertificateFactory()
        try await workshop.application.test(.router) { client in
            #expect(try await client.call(.post, "/api/station-keys", as: .admin, in: workshop,
                                          json: DeviceLifeRouteTests.json(["name": "banc-1", "publicKey": certificates.publicKeyPEM])).status == .created)
            let tag = try await Self.deviceWithReport(client, workshop, report: String(decoding: LaptopReport.json, as: UTF8.self))
            #expect(try await Self.form("/bench/\(tag)/moves", ["to": "diagnosed"], client, workshop).status == .seeOther)
            let graded = try await Self.form("/bench/\(tag)/grade", ["grade": "B", "price": "129,50"], client, workshop)
            #expect(graded.status == .seeOther)
            #expect(graded.headers[.location] == "/bench/\(tag)?done=grade#grade")
            #expect(try workshop.database.device(tag: AssetTag(parsing: tag))?.price == Money(cents: 12950))

            // Refused through the form (no script): the page comes back with the rule next to the button.
            let refused = try await Self.form("/bench/\(tag)/moves", ["to": "wiped"], client, workshop)
            #expect(refused.status == .conflict)
            #expect(refused.html.contains(#"<p id="move-wiped-refusal" class="refusal" role="alert">"#))
            let keys = LaptopReport.driveKeys.map(SerialNumber.key(for:))
            #expect(refused.text.contains(LifecycleRule.storageNotErased(keys).message(in: .fr, catalog: UIMessages.catalog)))
            #expect(try workshop.database.device(tag: AssetTag(parsing: tag))?.stage == .diagnosed, "a refused move changes nothing")

            var ids: [String] = []
            for drive in LaptopReport.drives {
                let sent = try await client.call(.post, "/api/devices/\(tag)/erasures", as: .technician, in: workshop,
                                                 json: String(decoding: try certificates.signed(assetTag: tag, driveSerial: drive.serialNumber,
                                                                                                devicePath: drive.devicePath), as: UTF8.self))
                #expect(sent.status == .created, "\(sent.json)")
                ids.append(try #require(sent.json["certificateId"] as? String))
            }
            let page = try await Self.page("/bench/\(tag)", as: .technician, client, workshop)
            for id in ids {
                #expect(page.html.contains("/api/certificates/\(id)/pdf"))
                #expect(page.html.contains("href=\"/api/certificates/\(id)\""))
            }
            #expect(!page.html.contains("à effacer"))
            #expect(page.html.contains("\(ids.count) disque(s) sur \(ids.count) effacé(s) ou détruit(s)."))

            #expect(try await Self.form("/bench/\(tag)/moves", ["to": "wiped"], client, workshop).status == .seeOther)
            try await PassedTests.record(tag, client, workshop)
            let ready = try await Self.form("/bench/\(tag)/moves", ["to": "ready"], client, workshop)
            #expect(ready.status == .seeOther)
            #expect(ready.headers[.location] == "/bench/\(tag)?done=moved#moves")
            let after = try await Self.page("/bench/\(tag)?done=moved", as: .technician, client, workshop)
            #expect(after.text.contains("C'est fait : l'appareil est à l'étape « prêt à la vente »."))
            #expect(!after.html.contains("Passer à « vendu »"), "the shop sells, not the bench")
        }
    }

    @Test("a repair is logged with its parts; a wrong amount or an empty note is refused and changes nothing")
    func repairs() async throws {
        let workshop = try TestWorkshop()
        try await workshop.application.test(.router) { client in
            let tag = try await Self.deviceWithReport(client, workshop, report: String(decoding: LaptopReport.json, as: UTF8.self))
            let wrong = try await Self.form("/bench/\(tag)/repairs", ["note": "Clavier remplacé", "parts": "douze"], client, workshop)
            #expect(wrong.status == .unprocessableContent)
            #expect(wrong.html.contains("douze"), "the message names what was typed")
            #expect(wrong.html.contains("Clavier remplacé"), "the note typed is kept in the form")
            let empty = try await Self.form("/bench/\(tag)/repairs", ["note": "  ", "parts": ""], client, workshop)
            #expect(empty.status == .unprocessableContent)
            #expect(empty.html.contains("Décrivez la réparation."))
            let history = try workshop.database.history(of: AssetTag(parsing: tag))
            #expect(!history.contains { $0.change.kind == "repair-logged" })

            #expect(try await Self.form("/bench/\(tag)/repairs", ["note": "Clavier remplacé", "parts": "12,50"], client, workshop).status == .seeOther)
            #expect(try await Self.form("/bench/\(tag)/repairs", ["note": "Pâte thermique", "parts": ""], client, workshop).status == .seeOther)
            let page = try await Self.page("/bench/\(tag)?done=repair", as: .technician, client, workshop)
            #expect(page.html.contains("Clavier remplacé"))
            #expect(page.html.contains("Pâte thermique"))
            #expect(page.html.contains(MoneyFormat.string(Money(cents: 1250), in: .fr)))
            #expect(page.html.contains("Total des pièces : " + MoneyFormat.string(Money(cents: 1250), in: .fr)))
            #expect(page.html.contains("Réparation enregistrée."))
        }
    }

    @Test("a destroyed drive needs the confirmation box and a drive of the report; then it no longer blocks")
    func destroyedDrive() async throws {
        let workshop = try TestWorkshop()
        try await workshop.application.test(.router) { client in
            let tag = try await Self.deviceWithReport(client, workshop, report: String(decoding: LaptopReport.json, as: UTF8.self))
            let drive = try #require(LaptopReport.driveKeys.first)
            let unconfirmed = try await Self.form("/bench/\(tag)/storage/destroyed", ["storage": drive], client, workshop)
            #expect(unconfirmed.status == .unprocessableContent)
            #expect(unconfirmed.html.contains("Cochez la case de confirmation"))
            let stranger = try await Self.form("/bench/\(tag)/storage/destroyed", ["storage": "NOT-IN-REPORT", "confirm": "yes"], client, workshop)
            #expect(stranger.status == .unprocessableContent)
            #expect(try workshop.database.facts(for: AssetTag(parsing: tag)).erasure.destroyed.isEmpty)

            let done = try await Self.form("/bench/\(tag)/storage/destroyed", ["storage": drive, "confirm": "yes", "note": "percé"], client, workshop)
            #expect(done.status == .seeOther)
            #expect(try workshop.database.facts(for: AssetTag(parsing: tag)).erasure.destroyed == [SerialNumber.key(for: drive)])
            let page = try await Self.page("/bench/\(tag)", as: .technician, client, workshop)
            #expect(page.html.contains("retiré et détruit"))
            #expect(page.html.contains("par technician le"))

            // "No storage" is asked only of a device whose report found none, and needs the box too.
            let bare = try await Self.deviceWithReport(client, workshop, report: Self.reportWithoutStorage(), serial: "BARE-1")
            let barePage = try await Self.page("/bench/\(bare)", as: .technician, client, workshop)
            #expect(barePage.html.contains("/bench/\(bare)/storage/none"))
            #expect(try await Self.form("/bench/\(bare)/storage/none", [:], client, workshop).status == .unprocessableContent)
            #expect(try await Self.form("/bench/\(bare)/storage/none", ["confirm": "yes"], client, workshop).status == .seeOther)
            #expect(try workshop.database.facts(for: AssetTag(parsing: bare)).erasure.noStorageConfirmed)
        }
    }

    @Test("scanning a tag or a serial opens the device; a lot, a mistyped tag or an unknown code says so")
    func scan() async throws {
        let workshop = try TestWorkshop()
        try await workshop.application.test(.router) { client in
            let lot = try await client.call(.post, "/api/lots", as: .intake, in: workshop, json: #"{"donor":"Mairie"}"#)
            let code = try #require(lot.json["code"] as? String)
            let intake = try await client.call(.post, "/api/devices", as: .intake, in: workshop,
                                               json: #"{"lot":"\#(code)","category":"laptop","serial":"PF-0001 A"}"#)
            let tag = try #require(intake.json["assetTag"] as? String)

            let byTag = try await Self.page("/bench?code=\(tag.lowercased())", as: .technician, client, workshop)
            #expect(byTag.status == .seeOther)
            #expect(byTag.headers[.location] == "/bench/\(tag)")
            let bySerial = try await Self.page("/bench?code=pf-0001%20a", as: .technician, client, workshop)
            #expect(bySerial.headers[.location] == "/bench/\(tag)")
            let unknown = try await Self.page("/bench?code=NOPE-42", as: .technician, client, workshop)
            #expect(unknown.status == .notFound)
            #expect(unknown.html.contains("NOPE-42"))
            let asLot = try await Self.page("/bench?code=\(code)", as: .technician, client, workshop)
            #expect(asLot.status == .unprocessableContent)
            #expect(asLot.html.contains("est un lot"))
            let landing = try await Self.page("/bench", as: .technician, client, workshop)
            #expect(landing.status == .ok)
            #expect(landing.html.contains("autofocus"))
            #expect(landing.html.contains("href=\"/bench/\(tag)\""), "the devices waiting at the bench are listed")
        }
    }

    @Test("GET /api/wipes/progress lists every running wipe across devices, with its speed and time left in words")
    func progressRoute() async throws {
        let workshop = try TestWorkshop()
        try await workshop.application.test(.router) { client in
            // Two devices taken in, without reports yet: R000001L and R000002J.
            let lot = try await client.call(.post, "/api/lots", as: .intake, in: workshop, json: #"{"donor":"Mairie de Rennes"}"#)
            let code = try #require(lot.json["code"] as? String)
            for _ in 0..<2 {
                _ = try await client.call(.post, "/api/devices", as: .intake, in: workshop, json: #"{"lot":"\#(code)","category":"laptop"}"#)
            }
            let update = #"{"drive":"S2X","bytesDone":250000000000,"bytesTotal":500000000000,"bytesPerSecond":100000000,"phase":"write"}"#
            #expect(try await client.call(.post, "/api/devices/R000002J/erasures/progress", as: .technician, in: workshop, json: update).status == .noContent)
            #expect(try await client.call(.post, "/api/devices/R000001L/erasures/progress", as: .technician, in: workshop,
                                          json: #"{"drive":"WD-1","bytesDone":0,"bytesTotal":0}"#).status == .noContent)
            let answer = try await client.execute(uri: "/api/wipes/progress", method: .get, headers: workshop.headers(.shop)) { response in
                (response.status, try JSONSerialization.jsonObject(with: Data(buffer: response.body)) as? [[String: Any]] ?? [])
            }
            #expect(answer.0 == .ok)
            let rows = answer.1
            #expect(rows.map { $0["assetTag"] as? String } == ["R000001L", "R000002J"], "by asset tag")
            let running = try #require(rows.last)
            #expect(running["percent"] as? Int == 50)
            #expect(running["etaSeconds"] as? Int == 2500)
            #expect(running["stalled"] as? Bool == false)
            #expect(running["phaseText"] as? String == "écriture")
            #expect(running["speedText"] as? String == "100\u{00A0}Mo/s")
            #expect(running["etaText"] as? String == "42 min")
            #expect(rows.first?["bytesPerSecond"] is NSNull, "unknown figures are null, not left out")
            #expect(try await client.call(.get, "/api/wipes/progress", as: nil, in: workshop).status == .unauthorized)
        }
    }

    @Test("a wipe without news for two minutes is stalled, and one silent for an hour is forgotten")
    func stalledAndForgotten() {
        let board = WipeProgressBoard()
        let now = Date()
        let update = { (drive: String) in
            WipeProgressUpdate(drive: drive, bytesDone: 10, bytesTotal: 100, pass: 1, passes: 1, bytesPerSecond: 5, phase: "verify")
        }
        board.record(update("live"), tag: "R000001L", at: now.addingTimeInterval(-5))
        board.record(update("quiet"), tag: "R000001L", at: now.addingTimeInterval(-(WipeProgressBoard.stalledAfter + 60)))
        board.record(update("gone"), tag: "R000002J", at: now.addingTimeInterval(-(WipeProgressBoard.forgottenAfter + 1)))
        let rows = board.running(at: now).map { WipeBoardRow($0, now: now, language: .en) }
        #expect(rows.map(\.drive) == ["live", "quiet"])
        #expect(rows.map(\.stalled) == [false, true])
        #expect(rows.map(\.state) == ["running", "quiet"])
        #expect(rows[1].statusText == "station gone quiet")
        #expect(rows[1].detailText == "No news for 3 min and the wipe has not finished: go and look at the machine.")
        #expect(rows[1].etaText == "—", "no estimate for a wipe that may have stopped")
        #expect(board.current(tag: "R000002J").isEmpty)
    }

    @Test("the bench's words: none is both a word and a group of words (templates read them nested), and both languages fill the same blanks")
    func catalog() {
        let keys = UIMessages.bench.entries.keys
        for key in keys {
            #expect(key.hasPrefix("ui.bench."))
            #expect(!keys.contains { $0.hasPrefix(key + ".") }, "\(key) is both a word and a group: the template would lose one")
            let entry = UIMessages.bench.entries[key]!
            let blanks = { (text: String) in Set((0..<6).filter { text.contains("{\($0)}") }) }
            #expect(blanks(entry.fr) == blanks(entry.en), "\(key): French and English fill different blanks")
        }
    }

    // MARK: - Helpers

    /// A lot, a device taken in, and its report sent by the bench machine; returns the asset tag.
    static func deviceWithReport(_ client: some TestClientProtocol, _ workshop: TestWorkshop, report: String,
                                 serial: String? = nil) async throws -> String {
        let lot = try await client.call(.post, "/api/lots", as: .intake, in: workshop, json: #"{"donor":"Mairie de Rennes"}"#)
        let code = try #require(lot.json["code"] as? String)
        let serialField = serial.map { #","serial":"\#($0)""# } ?? ""
        let intake = try await client.call(.post, "/api/devices", as: .intake, in: workshop, json: #"{"lot":"\#(code)","category":"laptop"\#(serialField)}"#)
        let tag = try #require(intake.json["assetTag"] as? String)
        let sent = try await client.call(.post, "/api/devices/\(tag)/diagnostics", as: .technician, in: workshop, json: report)
        #expect(sent.status == .created, "\(sent.json)")
        return tag
    }

    /// The laptop's report with SMART read on its first disk, which has remapped 12 sectors.
    static func reportWithSmartWarning() -> String {
        var object = try! JSONSerialization.jsonObject(with: LaptopReport.json) as! [String: Any]
        var storage = object["storage"] as! [[String: Any]]
        storage[0]["smart"] = [
            "verdict": "warning", "passed": true, "reallocatedSectors": 12, "messages": [String](),
            // As the probe writes them: each reason with its key, arguments and English text (the schema needs all four).
            "reasons": [["severity": "warning", "key": "probe.smart.reallocated", "arguments": ["12"], "text": "12 reallocated sectors"],
                        ["severity": "info", "key": "probe.smart.powerOnHours", "arguments": ["9120"], "text": "9120 hours powered on"]],
        ] as [String: Any]
        object["storage"] = storage
        return DeviceLifeRouteTests.json(object)
    }

    /// A report of a machine in which the probe found no disk, and with no firmware serial.
    static func reportWithoutStorage() -> String {
        var object = try! JSONSerialization.jsonObject(with: LaptopReport.json) as! [String: Any]
        object["storage"] = [[String: Any]]()
        var system = object["system"] as! [String: Any]
        system.removeValue(forKey: "serialNumber")
        object["system"] = system
        return DeviceLifeRouteTests.json(object)
    }

    struct Page {
        let status: HTTPResponse.Status
        let html: String
        let headers: HTTPFields

        /// The page's text with the template's escapes undone, to look for sentences as people read them.
        var text: String {
            html.replacingOccurrences(of: "&#39;", with: "'").replacingOccurrences(of: "&quot;", with: "\"")
                .replacingOccurrences(of: "&lt;", with: "<").replacingOccurrences(of: "&gt;", with: ">")
                .replacingOccurrences(of: "&amp;", with: "&")
        }
    }

    static func page(_ uri: String, as role: Role?, _ client: some TestClientProtocol, _ workshop: TestWorkshop) async throws -> Page {
        var headers = workshop.headers(role, json: false)
        headers[.accept] = "text/html"
        return try await client.execute(uri: uri, method: .get, headers: headers) { response in
            Page(status: response.status, html: String(buffer: response.body), headers: response.headers)
        }
    }

    /// Posts a form as the technician's browser would (the Bearer token stands in for the session).
    static func form(_ uri: String, _ fields: [String: String], _ client: some TestClientProtocol, _ workshop: TestWorkshop) async throws -> Page {
        var headers = workshop.headers(.technician, json: false)
        headers[.contentType] = "application/x-www-form-urlencoded"
        headers[.accept] = "text/html"
        var allowed = CharacterSet.alphanumerics
        allowed.insert(charactersIn: "-._~")
        let body = fields.map { "\($0.key)=\($0.value.addingPercentEncoding(withAllowedCharacters: allowed) ?? "")" }.joined(separator: "&")
        return try await client.execute(uri: uri, method: .post, headers: headers, body: ByteBuffer(string: body)) { response in
            Page(status: response.status, html: String(buffer: response.body), headers: response.headers)
        }
    }
}
