import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import RefurbCore
@testable import RefurbServer
import RefurbStore
import Testing

/// Test checklists through the API and the pages: an admin's new version, a device's tests recorded with the
/// report's suggestions, `ready` refused while a mandatory test fails and naming it, the bench form, the
/// printed record, the office editor.
@Suite("Test checklist routes")
struct ChecklistRouteTests {
    typealias Bench = BenchRouteTests

    /// A laptop with its report, its drives cleared, graded and wiped: only its tests are missing for `ready`.
    static func wipedLaptop(_ client: some TestClientProtocol, _ workshop: TestWorkshop) async throws -> String {
        let tag = try await Bench.deviceWithReport(client, workshop, report: String(decoding: LaptopReport.json, as: UTF8.self))
        for key in LaptopReport.driveKeys {
            let destroyed = try await client.call(.post, "/api/devices/\(tag)/storage/destroyed", as: .technician, in: workshop,
                                                  json: DeviceLifeRouteTests.json(["storage": key]))
            #expect(destroyed.status == .created, "\(destroyed.json)")
        }
        for stage in ["diagnosed", "wiped"] {
            let moved = try await client.call(.post, "/api/devices/\(tag)/moves", as: .technician, in: workshop, json: #"{"to":"\#(stage)"}"#)
            #expect(moved.status == .ok, "\(moved.json)")
        }
        #expect(try await client.call(.put, "/api/devices/\(tag)/price", as: .shop, in: workshop,
                                      json: #"{"grade":"B","priceCents":13000}"#).status == .ok)
        return tag
    }

    static func tests(_ outcome: String, except changes: [String: String] = [:]) -> String {
        let items = DefaultChecklists.checklist(for: .laptop).items.map { item in
            #"{"key":"\#(item.key)","outcome":"\#(changes[item.key] ?? outcome)"}"#
        }
        return #"{"checklistVersion":1,"tests":[\#(items.joined(separator: ","))]}"#
    }

    @Test("every category's checklist is listed; an admin saves a new version, others may not, a bad one is refused in words")
    func checklists() async throws {
        let workshop = try TestWorkshop()
        try await workshop.application.test(.router) { client in
            let list = try await client.execute(uri: "/api/checklists", method: .get, headers: workshop.headers(.shop)) { response in
                (try? JSONSerialization.jsonObject(with: Data(buffer: response.body))) as? [[String: Any]] ?? []
            }
            #expect(list.map { $0["category"] as? String } == DeviceCategory.allCases.map(\.rawValue))
            let laptop = try await client.call(.get, "/api/checklists/laptop?lang=en", as: .technician, in: workshop)
            #expect(laptop.json["version"] as? Int == 1)
            let items = try #require(laptop.json["items"] as? [[String: Any]])
            #expect(items.first?["name"] as? String == "Keyboard")

            let body = #"{"batteryThresholdPercent":75,"items":[{"key":"screen","mandatory":true},{"key":"custom-1","label":"Stylet","mandatory":false}]}"#
            #expect(try await client.call(.put, "/api/checklists/tablet", as: .technician, in: workshop, json: body).status == .forbidden)
            let saved = try await client.call(.put, "/api/checklists/tablet", as: .admin, in: workshop, json: body)
            #expect(saved.status == .ok, "\(saved.json)")
            #expect(saved.json["version"] as? Int == 2)
            #expect((saved.json["items"] as? [[String: Any]])?.last?["name"] as? String == "Stylet")
            let refused = try await client.call(.put, "/api/checklists/tablet", as: .admin, in: workshop,
                                                json: #"{"batteryThresholdPercent":0,"items":[{"key":"screen","mandatory":true}]}"#)
            #expect(refused.status == .unprocessableContent)
            #expect((refused.json["detail"] as? String)?.contains("entre 1 et 100") == true, "\(refused.json)")
            #expect(try await client.call(.get, "/api/checklists/toaster", as: .admin, in: workshop).status == .notFound)
        }
    }

    @Test("ready waits for the tests and names a failed mandatory one; the report's measures are suggested; the record names who and when")
    func readyFollowsTheTests() async throws {
        let workshop = try TestWorkshop()
        try await workshop.application.test(.router) { client in
            let tag = try await Self.wipedLaptop(client, workshop)
            let none = try await client.call(.post, "/api/devices/\(tag)/moves", as: .shop, in: workshop, json: #"{"to":"ready"}"#)
            #expect(none.status == .conflict)
            #expect(none.json["rules"] as? [String] == ["needs-test-checklist"], "\(none.json)")

            let before = try await client.call(.get, "/api/devices/\(tag)/tests", as: .technician, in: workshop)
            let suggested = try #require(before.json["tests"] as? [[String: Any]])
            let memory = try #require(suggested.first { $0["key"] as? String == "memory" })
            #expect(memory["suggestedOutcome"] as? String == "pass")
            #expect((memory["suggestedNote"] as? String)?.contains("relevés par le diagnostic") == true, "\(memory)")
            #expect(before.json["allowsReady"] as? Bool == false)

            let failed = try await client.call(.post, "/api/devices/\(tag)/tests", as: .technician, in: workshop,
                                               json: Self.tests("pass", except: ["keyboard": "fail", "webcam": "fail"]))
            #expect(failed.status == .ok, "\(failed.json)")
            #expect(failed.json["complete"] as? Bool == true)
            #expect(failed.json["allowsReady"] as? Bool == false)
            let refused = try await client.call(.post, "/api/devices/\(tag)/moves", as: .shop, in: workshop, json: #"{"to":"ready"}"#)
            #expect(refused.status == .conflict)
            #expect(refused.json["rules"] as? [String] == ["mandatory-tests-failed"], "\(refused.json)")
            #expect(refused.json["detail"] as? String == "Test obligatoire en panne : Clavier. Réparez puis refaites le test, ou orientez l'appareil vers les pièces.")

            let unknown = try await client.call(.post, "/api/devices/\(tag)/tests", as: .technician, in: workshop,
                                                json: #"{"tests":[{"key":"keyboard","outcome":"maybe"}]}"#)
            #expect(unknown.status == .unprocessableContent)
            let stale = try await client.call(.post, "/api/devices/\(tag)/tests", as: .technician, in: workshop,
                                              json: #"{"checklistVersion":7,"tests":[{"key":"keyboard","outcome":"pass"}]}"#)
            #expect(stale.status == .conflict)
            #expect(stale.json["code"] as? String == "checklist-changed")
            #expect(try await client.call(.post, "/api/devices/\(tag)/tests", as: .shop, in: workshop, json: Self.tests("pass")).status == .forbidden)

            let fixed = try await client.call(.post, "/api/devices/\(tag)/tests", as: .admin, in: workshop,
                                              json: #"{"tests":[{"key":"keyboard","outcome":"pass","note":"clavier remplacé"}]}"#)
            let keyboard = try #require((fixed.json["tests"] as? [[String: Any]])?.first { $0["key"] as? String == "keyboard" })
            #expect(keyboard["testedBy"] as? String == "admin")
            #expect(keyboard["note"] as? String == "clavier remplacé")
            let screen = try #require((fixed.json["tests"] as? [[String: Any]])?.first { $0["key"] as? String == "screen" })
            #expect(screen["testedBy"] as? String == "technician", "an unchanged test keeps who did it")
            #expect(fixed.json["allowsReady"] as? Bool == true)
            #expect(try await client.call(.post, "/api/devices/\(tag)/moves", as: .shop, in: workshop, json: #"{"to":"ready"}"#).status == .ok)

            let history = try await client.call(.get, "/api/devices/\(tag)/events", as: .shop, in: workshop)
            #expect(String(buffer: history.raw).contains("Tests passés (liste version 1) : 15 sur 15 ; en panne : Webcam"))

            let pdf = try await client.call(.get, "/api/devices/\(tag)/tests/pdf", as: .shop, in: workshop)
            #expect(pdf.status == .ok)
            #expect(pdf.headers[.contentType] == "application/pdf")
            #expect(String(buffer: pdf.raw).hasPrefix("%PDF-"))
        }
    }

    @Test("the bench page has the checklist as radio groups with the report's suggestions; its form records and refuses ready on a failed test")
    func benchForm() async throws {
        let workshop = try TestWorkshop()
        try await workshop.application.test(.router) { client in
            let tag = try await Self.wipedLaptop(client, workshop)
            let page = try await Bench.page("/bench/\(tag)", as: .technician, client, workshop)
            #expect(page.html.contains(#"id="tests-form""#))
            #expect(page.html.contains(#"name="outcome.keyboard" value="pass""#))
            #expect(page.html.contains(#"<input type="radio" id="test-memory-pass" name="outcome.memory" value="pass" data-shortcut="1" checked>"#),
                    "the report's suggestion comes chosen")
            #expect(page.html.contains("d&#39;après le rapport, à confirmer") || page.html.contains("d'après le rapport, à confirmer"))
            #expect(page.html.contains(##"href="#tests">Aller aux tests</a>"##), "the next step leads to the tests")
            #expect(page.html.contains("/static/js/bench-tests.js"))

            var fields = ["checklistVersion": "1"]
            for item in DefaultChecklists.checklist(for: .laptop).items { fields["outcome.\(item.key)"] = "pass" }
            fields["outcome.battery"] = "fail"
            fields["note.battery"] = "tient 20 minutes"
            let saved = try await Bench.form("/bench/\(tag)/tests", fields, client, workshop)
            #expect(saved.status == .seeOther)
            #expect(saved.headers[.location] == "/bench/\(tag)?done=tests#tests")
            let after = try await Bench.page("/bench/\(tag)?done=tests", as: .technician, client, workshop)
            #expect(after.html.contains("Tests enregistrés."))
            #expect(after.html.contains("Test obligatoire en panne : Batterie (seuil de santé)."))
            #expect(after.html.contains("tient 20 minutes"))
            let refused = try await Bench.form("/bench/\(tag)/moves", ["to": "ready"], client, workshop)
            #expect(refused.status == .conflict)
            #expect(refused.html.contains("Test obligatoire en panne : Batterie (seuil de santé)."))

            let english = try await Bench.page("/bench/\(tag)?lang=en", as: .technician, client, workshop)
            #expect(english.html.contains("Mandatory test failed: Battery (health threshold)."))
        }
    }

    @Test("the office editor saves a new version from the form; only admins see it")
    func officeEditor() async throws {
        let workshop = try TestWorkshop()
        try await workshop.application.test(.router) { client in
            var headers = workshop.headers(.admin, json: false)
            headers[.accept] = "text/html"
            let page = try await client.execute(uri: "/office/checklists?category=desktop", method: .get, headers: headers) { String(buffer: $0.body) }
            #expect(page.contains(#"id="checklist-form""#))
            #expect(page.contains(#"name="include.ethernet" value="yes" checked"#))
            #expect(try await Bench.page("/office/checklists", as: .technician, client, workshop).status == .forbidden)

            headers[.contentType] = "application/x-www-form-urlencoded"
            let order = DefaultChecklists.checklist(for: .desktop).items.map(\.key).joined(separator: ",")
            let body = "category=desktop&order=\(order)&include.usb-ports=yes&mandatory.usb-ports=yes&include.case=yes&threshold=65"
                + "&new.1.label=Lecteur%20DVD&new.1.mandatory=yes"
            let posted = try await client.execute(uri: "/office/checklists", method: .post, headers: headers, body: ByteBuffer(string: body)) { $0 }
            #expect(posted.status == .seeOther)
            let saved = try #require(try workshop.database.testChecklist(for: .desktop)?.checklist)
            #expect(saved.version == 2)
            #expect(saved.items == [ChecklistItem(key: "usb-ports", mandatory: true), ChecklistItem(key: "case", mandatory: false),
                                    ChecklistItem(key: "custom-1", label: "Lecteur DVD", mandatory: true)])
            #expect(saved.batteryThresholdPercent == 65)
        }
    }
}
