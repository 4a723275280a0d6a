import Diagnostics
import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import RefurbCore
@testable import RefurbServer
import RefurbStore
import Testing

/// Every number that comes in has a range: out of it, the API answers a 422 that names the field and the
/// range in the caller's language, the pages show the same next to their form, and nothing is changed.
/// Values already stored out of range (another program wrote them) are shown as such, and the pages that
/// add them up answer instead of stopping the service, which is what they did every time they were opened.
@Suite("Numbers out of range, through the API, the forms and the stored rows")
struct NumberRangeRouteTests {
    static let million = "1\u{202F}000\u{202F}000,00\u{00A0}€"

    @Test("prices, sale prices and parts beyond 1 000 000 € are 422s naming the field and the range; nothing changes")
    func amountsThroughTheAPI() async throws {
        let (workshop, device) = try BadInputRouteTests.workshopWithDevice(serial: "RANGE-API")
        let tag = device.assetTag.text
        try await workshop.application.test(.router) { client in
            let calls: [(HTTPRequest.Method, String, Role, String, String)] = [
                (.put, "/api/devices/\(tag)/price", .shop, #"{"grade":"B","priceCents":200000000000000000}"#, "le prix (priceCents, en centimes)"),
                (.put, "/api/devices/\(tag)/price", .shop, #"{"grade":"B","priceCents":-1}"#, "le prix (priceCents, en centimes)"),
                (.post, "/api/devices/\(tag)/repairs", .technician, #"{"note":"alimentation","partsCents":5000000000000000000}"#,
                 "le coût des pièces (partsCents, en centimes)"),
                (.post, "/api/devices/\(tag)/sale", .shop, #"{"priceCents":200000000000000000}"#, "le prix (priceCents, en centimes)"),
            ]
            for (method, uri, role, body, field) in calls {
                let answer = try await client.call(method, uri, as: role, in: workshop, json: body)
                #expect(answer.status == .unprocessableContent, "\(uri) \(body): \(answer.json)")
                #expect(answer.json["code"] as? String == "invalid-input")
                let detail = answer.json["detail"] as? String ?? ""
                #expect(detail.contains(field) && detail.contains(Self.million), "\(uri): \(detail)")
            }
            let english = try await client.call(.put, "/api/devices/\(tag)/price?lang=en", as: .shop, in: workshop,
                                                json: #"{"grade":"B","priceCents":200000000000000000}"#)
            #expect(english.json["detail"] as? String
                    == "Out-of-range value for the price (priceCents, in cents): it must be between €0.00 and €1,000,000.00. Nothing was saved.")
            let top = try await client.call(.put, "/api/devices/\(tag)/price", as: .shop, in: workshop, json: #"{"grade":"B","priceCents":100000000}"#)
            #expect(top.status == .ok, "1 000 000 € is still a price")
        }
        #expect(try workshop.database.history(of: device.assetTag).count == 3, "received, then only the graded and priced of the last call")
    }

    @Test("the one range error is a 422 problem wherever it is thrown, naming the field and the range")
    func rangeErrorIsUnprocessable() throws {
        let error = OutOfRange(field: "partsCents", quantity: .money, value: 5_000_000_000_000_000_000)
        let (problem, _) = ProblemMiddleware.problem(for: error, language: .en)
        #expect(problem.status == 422)
        #expect(problem.code == "invalid-input")
        #expect(problem.detail == "Out-of-range value for the parts' cost (partsCents, in cents): it must be between €0.00 and €1,000,000.00. Nothing was saved.")
    }

    @Test("a lot's weight, its declared count, label copies and pricing rules out of range are 422s; nothing is saved")
    func otherNumbersThroughTheAPI() async throws {
        let (workshop, device) = try BadInputRouteTests.workshopWithDevice(serial: "RANGE-LOT")
        try await workshop.application.test(.router) { client in
            for (body, words) in [(#"{"donor":"Mairie","weightKg":"1000000"}"#, "le poids du lot"),
                                  (#"{"donor":"Mairie","weightKg":"99999999999999999999999"}"#, "100\u{202F}000\u{00A0}kg"),
                                  (#"{"donor":"Mairie","declaredCount":100001}"#, "le nombre d'appareils annoncé")] {
                let answer = try await client.call(.post, "/api/lots", as: .intake, in: workshop, json: body)
                #expect(answer.status == .unprocessableContent, "\(body): \(answer.json)")
                #expect((answer.json["detail"] as? String)?.contains(words) == true, "\(body): \(answer.json)")
            }
            #expect(try workshop.database.lots().count == 1)

            let copies = try await client.call(.post, "/api/devices/\(device.assetTag.text)/label/print", as: .shop, in: workshop,
                                               json: #"{"template":"price-62","printer":"nowhere","copies":1000000000000}"#)
            #expect(copies.status == .unprocessableContent)
            #expect((copies.json["detail"] as? String)?.contains("le nombre d'exemplaires") == true, "\(copies.json)")

            // The lowest Int in a rule used to stop the service in the rules' own check (abs()).
            let current = try await client.call(.get, "/api/pricing/rules", as: .admin, in: workshop)
            var rules = current.json
            var cpu = try #require(rules["cpu"] as? [String: Any])
            cpu["basicCents"] = Int.min
            rules["cpu"] = cpu
            let refused = try await client.call(.put, "/api/pricing/rules", as: .admin, in: workshop, json: ShopRouteTests.json(rules))
            #expect(refused.status == .unprocessableContent, "\(refused.json)")
            #expect(try workshop.database.savedPricingRules().savedBy == nil, "the shipped rules still apply")
        }
    }

    @Test("the forms refuse amounts, weights and counts out of range next to the field, in the person's language")
    func throughTheForms() async throws {
        let workshop = try TestWorkshop()
        try await workshop.application.test(.router) { client in
            let tag = try await ShopRouteTests.readyDevice(in: workshop, client: client, priced: false)
            let before = try #require(try workshop.database.device(tag: AssetTag(parsing: tag)))

            let parts = try await BenchRouteTests.form("/bench/\(tag)/repairs", ["note": "écran", "parts": "99999999999999"], client, workshop)
            #expect(parts.status == .unprocessableContent)
            #expect(parts.text.contains("Valeur hors limites pour le coût des pièces"), "\(parts.text)")
            #expect(parts.text.contains(Self.million))
            let grade = try await BenchRouteTests.form("/bench/\(tag)/grade", ["grade": "B", "price": "1 000 000,01"], client, workshop)
            #expect(grade.status == .unprocessableContent)
            #expect(grade.text.contains("Valeur hors limites pour le prix"))

            let shop = try await ShopRouteTests.posted(client, "/shop/\(tag)/price?lang=en", ["grade": "B", "price": "99999999999999"],
                                                       in: workshop, query: "lang=en")
            #expect(shop.html.contains("Out-of-range value for the price"), "\(shop.html)")
            #expect(shop.html.contains("€1,000,000.00"))

            let lot = try await ShopRouteTests.post(client, "/intake/lots", ["donor": "Mairie", "weightKg": "250000", "declaredCount": "3"],
                                                    as: .intake, in: workshop)
            #expect(lot.status == .unprocessableContent)
            #expect(lot.html.contains("Valeur hors limites pour le poids du lot"))
            let count = try await ShopRouteTests.post(client, "/intake/lots", ["donor": "Mairie", "declaredCount": "99999999999999999999999"],
                                                      as: .intake, in: workshop)
            #expect(count.status == .unprocessableContent)
            #expect(count.html.contains("le nombre d&#39;appareils annoncé") || count.html.contains("le nombre d'appareils annoncé"))

            var fields = PricingRulesForm.fields(from: .shipped, in: .fr)
            fields["base.laptop"] = "99999999999999"
            let rules = try await ShopRouteTests.posted(client, "/shop/pricing", fields, as: .admin, in: workshop)
            #expect(rules.html.contains("Prix de base, ordinateur portable\u{00A0}: doit rester sous 10 000 €"), "the rules' own limit, by field")
            #expect(try workshop.database.savedPricingRules().savedBy == nil)

            #expect(try workshop.database.device(tag: AssetTag(parsing: tag))?.version == before.version)
            #expect(try workshop.database.lots().count == 1)
        }
    }

    @Test("a price and repairs written out of range straight into the database: /shop and /bench show them as such")
    func storedOutOfRange() async throws {
        guard let shell = Self.sqliteShell else {
            print("skipped: the sqlite3 shell is not installed (apt-get install sqlite3)")
            return
        }
        let workshop = try TestWorkshop()
        try await workshop.application.test(.router) { client in
            let tag = try await ShopRouteTests.readyDevice(in: workshop, client: client)
            let id = try AssetTag(parsing: tag).sequence
            let repair = #"{"note":"alimentation","partsCents":5000000000000000000}"#
            try Self.sql(shell, workshop, """
                UPDATE device SET priceCents = 200000000000000000 WHERE id = \(id);
                INSERT INTO event (deviceId, kind, payload, actorUser, actorStation, occurredAt)
                VALUES (\(id), 'repair-logged', '\(repair)', 'autre', 'programme', '2026-12-01 10:00:00.000'),
                       (\(id), 'repair-logged', '\(repair)', 'autre', 'programme', '2026-12-01 10:05:00.000');
                """)

            let shop = try await ShopRouteTests.page(client, "/shop/\(tag)", in: workshop)
            #expect(shop.status == .ok)
            #expect(shop.html.contains("valeur hors limites (2\u{202F}000\u{202F}000"), "the labelled price, said to be out of range")
            let bench = try await BenchRouteTests.page("/bench/\(tag)", as: .technician, client, workshop)
            #expect(bench.status == .ok)
            #expect(bench.text.contains("valeur hors limites (50\u{202F}000\u{202F}000"), "each repair's parts")
            #expect(bench.text.contains("Total des pièces : incalculable, un montant ci-dessus est hors limites"))
            #expect(try await ShopRouteTests.page(client, "/shop?code=\(tag)", in: workshop).status == .seeOther)
            #expect(try await client.call(.get, "/api/devices/\(tag)", as: .shop, in: workshop).status == .ok)

            // Not sold at a price nobody should charge, by the API nor by the form.
            let sale = try await client.call(.post, "/api/devices/\(tag)/sale", as: .shop, in: workshop)
            #expect(sale.status == .unprocessableContent)
            #expect((sale.json["detail"] as? String)?.contains("hors limites") == true, "\(sale.json)")
            let confirm = try await ShopRouteTests.posted(client, "/shop/\(tag)/sale", ["kind": "public"], in: workshop)
            #expect(confirm.html.contains("sale-error") && !confirm.html.contains("confirm-sale"), "refused on the confirmation page")
            #expect(try workshop.database.device(tag: AssetTag(parsing: tag))?.stage == .ready)
        }
    }

    @Test("pricing rules and a lot's weight written out of range: the shop, the rules page and the office say so")
    func storedRulesAndWeights() async throws {
        guard let shell = Self.sqliteShell else {
            print("skipped: the sqlite3 shell is not installed (apt-get install sqlite3)")
            return
        }
        let workshop = try TestWorkshop()
        try await workshop.application.test(.router) { client in
            let tag = try await ShopRouteTests.device(in: workshop, client: client, report: true)
            var rules = PricingRules.shipped
            rules.baseCents["laptop"] = 9_000_000_000_000_000_000
            rules.gradePercent["B"] = Int.max
            let encoder = JSONEncoder()
            let body = String(decoding: try encoder.encode(rules), as: UTF8.self)
            try Self.sql(shell, workshop, """
                INSERT INTO pricingRules (id, body, savedAt, savedBy) VALUES (1, '\(body)', '2026-12-01 10:00:00.000', 'programme');
                UPDATE lot SET weightGrams = 9223372036854775807;
                """)
            let page = try await ShopRouteTests.page(client, "/shop/\(tag)", in: workshop)
            #expect(page.status == .ok)
            #expect(page.html.contains("valeur hors limites ("))
            let suggested = try await client.call(.get, "/api/devices/\(tag)/suggested-price?grade=B", as: .shop, in: workshop)
            #expect(suggested.status == .conflict)
            #expect((suggested.json["detail"] as? String)?.contains("règles de prix enregistrées sont hors limites") == true)
            let settings = try await ShopRouteTests.page(client, "/shop/pricing", as: .admin, in: workshop)
            #expect(settings.status == .ok)
            #expect(settings.html.contains("Les règles de prix enregistrées sont hors limites"), "said on the rules page, with each field")

            let office = try await ShopRouteTests.page(client, "/office", as: .admin, in: workshop)
            #expect(office.status == .ok)
            #expect(office.html.contains("Lots au poids enregistré hors limites, comptés comme non pesés : 1."))
            let lot = try #require(try workshop.database.lots().first?.lot.code.text)
            let lotPage = try await ShopRouteTests.page(client, "/office/lots/\(lot)", as: .admin, in: workshop)
            #expect(lotPage.status == .ok)
            #expect(lotPage.html.contains("valeur hors limites ("))
        }
    }

    @Test("a stored hardware report with absurd figures (memory past 2⁶⁴ bytes, a battery at 1e300 %) is shown, not trapped on")
    func absurdReport() async throws {
        guard let shell = Self.sqliteShell else {
            print("skipped: the sqlite3 shell is not installed (apt-get install sqlite3)")
            return
        }
        let workshop = try TestWorkshop()
        try await workshop.application.test(.router) { client in
            var report = LaptopReport.report
            var module = MemoryModule(installed: true)
            module.sizeBytes = 1 << 63
            report.memory.installedBytes = nil
            report.memory.modules = [module, module]
            var battery = BatteryReport(name: "BAT0")
            battery.present = true
            battery.healthPercent = 1e300
            battery.cycleCount = Int.max
            report.batteries = [battery]
            let tag = try await ShopRouteTests.device(in: workshop, client: client, report: false)
            // Stored as a report received before figures were checked, or written by another program.
            let body = String(decoding: try report.jsonData(pretty: false), as: UTF8.self).replacingOccurrences(of: "'", with: "''")
            try Self.sql(shell, workshop, """
                INSERT INTO hardwareReport (deviceId, sha256, systemSerial, serialCheck, body, receivedAt)
                VALUES (\(try AssetTag(parsing: tag).sequence), 'absurd', NULL, 'not-in-report', CAST('\(body)' AS BLOB), '2026-12-01 10:00:00.000');
                """)
            #expect(try workshop.database.latestReport(of: AssetTag(parsing: tag)) != nil)
            #expect(try await ShopRouteTests.page(client, "/shop/\(tag)", in: workshop).status == .ok)
            #expect(try await BenchRouteTests.page("/bench/\(tag)", as: .technician, client, workshop).status == .ok)
            #expect(try await client.call(.get, "/api/devices/\(tag)/suggested-price", as: .shop, in: workshop).status == .ok)
        }
    }

    static var sqliteShell: String? {
        ["/usr/bin/sqlite3", "/usr/local/bin/sqlite3"].first { FileManager.default.isExecutableFile(atPath: $0) }
    }

    /// Writes straight into the service's database with the sqlite3 shell, as another program could.
    static func sql(_ shell: String, _ workshop: TestWorkshop, _ statements: String) throws {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: shell)
        process.arguments = ["-bail", "-cmd", ".timeout 5000", workshop.directory + "/refurb.sqlite", statements]
        let errors = Pipe()
        process.standardError = errors
        try process.run()
        process.waitUntilExit()
        let said = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        try #require(process.terminationStatus == 0, "sqlite3: \(said)")
    }
}
