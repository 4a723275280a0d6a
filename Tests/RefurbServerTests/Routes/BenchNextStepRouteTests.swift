import Diagnostics
import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import RefurbCore
@testable import RefurbServer
import RefurbStore
import Testing

/// The bench page shows the next step first: the summary at the top names the stage the device usually
/// goes to next, what that stage asks as a checklist (from the lifecycle's own conditions), and the one
/// thing to do now as the primary button; a move not possible is a checklist, not a button; the history
/// lists every event with who and when; the scan field finds devices by words.
@Suite("Bench next step, history and search by words")
struct BenchNextStepRouteTests {
    typealias Bench = BenchRouteTests

    @Test("the summary comes first with the next stage's checklist and the one next action; a move not possible has no button")
    func summaryLeads() async throws {
        let workshop = try TestWorkshop()
        try await workshop.application.test(.router) { client in
            let tag = try await Bench.deviceWithReport(client, workshop, report: String(decoding: LaptopReport.json, as: UTF8.self))

            // Received with a report: the next stage is diagnosed, nothing is missing, the move is the primary button.
            let received = try await Bench.page("/bench/\(tag)", as: .technician, client, workshop)
            let html = received.html
            let summary = try #require(html.range(of: #"id="summary""#)).lowerBound
            #expect(summary < (try #require(html.range(of: #"id="scan""#)).lowerBound), "the summary is above everything else")
            #expect(received.text.contains("Prochaine étape : « diagnostiqué »"))
            #expect(html.contains(#"<li class="met"><span class="mark" role="img" aria-label="fait">✓</span> <span><strong>Rapport de diagnostic</strong>"#))
            #expect(html.contains(#"<button type="submit" class="primary" id="next-action" aria-describedby="next-refusal">Passer à « diagnostiqué »</button>"#))
            #expect(html.components(separatedBy: #"id="next-action""#).count == 2, "one next action")

            #expect(try await Bench.form("/bench/\(tag)/moves", ["to": "diagnosed"], client, workshop).status == .seeOther)
            let diagnosed = try await Bench.page("/bench/\(tag)?done=moved", as: .technician, client, workshop)
            #expect(diagnosed.text.contains("Prochaine étape : « effacé »"))
            #expect(diagnosed.text.contains("C'est fait : l'appareil est à l'étape « diagnostiqué »."))
            // Each disk of the report is a line of the checklist, missing, named as the page names it.
            for disk in LaptopReport.drives {
                let label = disk.serialNumber.map { "Disque \(disk.name), n° de série \($0)" } ?? "Disque \(disk.name)"
                #expect(diagnosed.text.contains("<strong>\(label)</strong> <span class=\"detail\">à effacer</span>"), "\(label)")
            }
            #expect(diagnosed.html.contains(##"<a class="button primary" id="next-action" href="#disks">Voir les disques à effacer</a>"##))
            #expect(diagnosed.text.contains("\(LaptopReport.drives.count) disque(s) à effacer"))
            // "wiped" is not possible: its checklist, in the rule's words, and no button to press.
            let wiped = try #require(Self.block(of: "wiped", in: diagnosed.html))
            #expect(!wiped.contains("<button"), "a move not possible is no button")
            #expect(wiped.contains("Passer à « effacé »"))
            let keys = LaptopReport.driveKeys.map(SerialNumber.key(for:))
            #expect(Bench.Page(status: .ok, html: wiped, headers: [:]).text
                .contains(LifecycleRule.storageNotErased(keys).message(in: .fr, catalog: UIMessages.catalog)))
            #expect(wiped.contains(#"<li class="met">"#) && wiped.contains("Rapport de diagnostic"), "what is there is ticked")
            // "in repair" is possible: a button, not the primary one.
            let repair = try #require(Self.block(of: "in-repair", in: diagnosed.html))
            #expect(repair.contains(#"<button type="submit" aria-describedby"#))

            let english = try await Bench.page("/bench/\(tag)?lang=en", as: .technician, client, workshop)
            #expect(english.text.contains("Next stage: “wiped”"))
            #expect(english.text.contains("See the disks to erase"))
            #expect(english.html.contains(#"aria-label="missing">✗</span>"#))
        }
    }

    @Test("without a report the next action is the probe; without a grade, the grade form; ready is the shop's")
    func whatIsMissingLeads() async throws {
        let workshop = try TestWorkshop()
        try await workshop.application.test(.router) { client in
            let lot = try await client.call(.post, "/api/lots", as: .intake, in: workshop, json: #"{"donor":"Mairie"}"#)
            let code = try #require(lot.json["code"] as? String)
            let intake = try await client.call(.post, "/api/devices", as: .intake, in: workshop, json: #"{"lot":"\#(code)","category":"laptop"}"#)
            let bare = try #require(intake.json["assetTag"] as? String)
            let noReport = try await Bench.page("/bench/\(bare)", as: .technician, client, workshop)
            #expect(noReport.html.contains(#"<li class="missing">"#))
            #expect(noReport.text.contains(LifecycleRule.needsDiagnosticReport.message(in: .fr, catalog: UIMessages.catalog)))
            #expect(noReport.html.contains(#"<a class="button primary" id="next-action" href="/bench/\#(bare)">Diagnostic lancé : actualiser la page</a>"#))
            #expect(!noReport.html.contains(#"<button type="submit" class="primary" id="next-action""#), "no move offered")

            // A machine without disks, confirmed, diagnosed and wiped: ready asks a grade and a price first.
            let tag = try await Bench.deviceWithReport(client, workshop, report: Bench.reportWithoutStorage())
            let confirm = try await Bench.page("/bench/\(tag)", as: .technician, client, workshop)
            #expect(confirm.text.contains(##"href="#disks">Confirmer l'absence de stockage</a>"##) == false, "diagnosed comes first")
            #expect(try await Bench.form("/bench/\(tag)/moves", ["to": "diagnosed"], client, workshop).status == .seeOther)
            let noStorage = try await Bench.page("/bench/\(tag)", as: .technician, client, workshop)
            #expect(noStorage.text.contains(##"<a class="button primary" id="next-action" href="#disks">Confirmer l'absence de stockage</a>"##))
            #expect(try await Bench.form("/bench/\(tag)/storage/none", ["confirm": "yes"], client, workshop).status == .seeOther)
            #expect(try await Bench.form("/bench/\(tag)/moves", ["to": "wiped"], client, workshop).status == .seeOther)
            let wiped = try await Bench.page("/bench/\(tag)", as: .technician, client, workshop)
            #expect(wiped.text.contains("Prochaine étape : « prêt à la vente »"))
            #expect(wiped.html.contains(##"<a class="button primary" id="next-action" href="#grade">Noter et fixer le prix</a>"##))
            #expect(wiped.text.contains(LifecycleRule.needsGrade.message(in: .fr, catalog: UIMessages.catalog)))
            #expect(wiped.text.contains("Absence de stockage confirmée."), "what meets the erasure condition")

            #expect(try await Bench.form("/bench/\(tag)/grade", ["grade": "A", "price": "89"], client, workshop).status == .seeOther)
            try await PassedTests.record(tag, client, workshop)
            let graded = try await Bench.page("/bench/\(tag)", as: .technician, client, workshop)
            #expect(graded.html.contains(">Passer à « prêt à la vente »</button>"))
            #expect(graded.text.contains("<strong>Prix</strong> <span class=\"detail\">\(MoneyFormat.string(Money(cents: 8900), in: .fr))</span>"))
            #expect(try await Bench.form("/bench/\(tag)/moves", ["to": "ready"], client, workshop).status == .seeOther)
            let ready = try await Bench.page("/bench/\(tag)", as: .technician, client, workshop)
            #expect(ready.text.contains("Prêt à la vente : c'est la boutique qui le vend."))
            #expect(!ready.html.contains(#"id="next-action""#), "the bench does not sell")
        }
    }

    @Test("the history lists every event, latest first, with who, the station and the local time, in the screen's words")
    func history() async throws {
        let workshop = try TestWorkshop()
        try await workshop.application.test(.router) { client in
            let tag = try await Bench.deviceWithReport(client, workshop, report: String(decoding: LaptopReport.json, as: UTF8.self))
            #expect(try await Bench.form("/bench/\(tag)/moves", ["to": "diagnosed"], client, workshop).status == .seeOther)
            #expect(try await Bench.form("/bench/\(tag)/grade", ["grade": "B", "price": "129,50"], client, workshop).status == .seeOther)
            #expect(try await Bench.form("/bench/\(tag)/repairs", ["note": "Clavier remplacé", "parts": "12,50"], client, workshop).status == .seeOther)
            let drive = try #require(LaptopReport.drives.first)
            #expect(try await Bench.form("/bench/\(tag)/storage/destroyed",
                                         ["storage": try #require(LaptopReport.driveKeys.first), "confirm": "yes", "note": "percé"],
                                         client, workshop).status == .seeOther)

            let page = try await Bench.page("/bench/\(tag)", as: .technician, client, workshop)
            let history = try #require(page.text.components(separatedBy: #"id="history""#).last)
            let events = try workshop.database.history(of: AssetTag(parsing: tag))
            #expect(history.components(separatedBy: "<tr data-kind=").count - 1 == events.count, "every event")
            let lines = [
                "Reçu à l'accueil dans le lot", "Numéro de série relevé par le diagnostic : \(try #require(LaptopReport.systemSerial))",
                "Rapport de diagnostic reçu (\(LaptopReport.drives.count) disque(s))",
                "Passé de « reçu » à « diagnostiqué »", "Noté « B — bon état »",
                "Prix fixé à " + MoneyFormat.string(Money(cents: 12950), in: .fr),
                "Réparation : Clavier remplacé (pièces : " + MoneyFormat.string(Money(cents: 1250), in: .fr) + ")",
                "Disque " + (drive.serialNumber.map { "\(drive.name), n° de série \($0)" } ?? drive.name) + " retiré et détruit (percé)",
            ]
            var previous = history.endIndex
            for line in lines {
                let found = try #require(history.range(of: line), "\(line)")
                #expect(found.lowerBound < previous, "latest first: \(line)")
                previous = found.lowerBound
            }
            #expect(!history.contains("Noté B<"), "the grade in the screen's words")
            #expect(history.contains("<td>technician</td>") || history.contains("<td>technician<br>"), "who")
            // The workshop's local day as French people write it, as on the shop's pages.
            #expect(history.contains(WorkshopClock.displayDay(Date(), in: .fr) + " "))
            let english = try await Bench.page("/bench/\(tag)?lang=en", as: .technician, client, workshop)
            #expect(english.text.contains("Graded “B — good”"))
            #expect(english.text.contains(WorkshopClock.displayDay(Date(), in: .en) + " "))
        }
    }

    @Test("the scan field finds devices by words: several are listed to pick from, one opens, none says so")
    func searchByWords() async throws {
        let workshop = try TestWorkshop()
        try await workshop.application.test(.router) { client in
            let lot = try await client.call(.post, "/api/lots", as: .intake, in: workshop, json: #"{"donor":"Mairie"}"#)
            let code = try #require(lot.json["code"] as? String)
            var tags: [String] = []
            for (serial, maker, model) in [("PF0AB123", "Lenovo", "ThinkPad T440"), ("PF0CD456", "Lenovo", "ThinkPad X250"),
                                           ("5CG7301XYZ", "HP", "EliteBook 840 G5")] {
                let made = try await client.call(.post, "/api/devices", as: .intake, in: workshop, json: DeviceLifeRouteTests.json(
                    ["lot": code, "category": "laptop", "serial": serial, "manufacturer": maker, "model": model]))
                tags.append(try #require(made.json["assetTag"] as? String))
            }
            let thinkpads = try await Bench.page("/bench?code=thinkpad", as: .technician, client, workshop)
            #expect(thinkpads.status == .ok)
            #expect(thinkpads.text.contains("2 appareils correspondent à « thinkpad » : choisissez le vôtre."))
            let listed = try #require(thinkpads.html.components(separatedBy: #"id="matches""#).dropFirst().first?
                .components(separatedBy: "</section>").first)
            #expect(listed.contains(#"href="/bench/\#(tags[0])""#) && listed.contains(#"href="/bench/\#(tags[1])""#))
            #expect(listed.contains("ThinkPad T440") && listed.contains("PF0CD456"))
            #expect(!listed.contains(#"href="/bench/\#(tags[2])""#), "only what the words find")
            #expect(thinkpads.html.contains(#"value="thinkpad""#), "the words stay in the field")

            let one = try await Bench.page("/bench?code=lenovo%20x25", as: .technician, client, workshop)
            #expect(one.status == .seeOther)
            #expect(one.headers[.location] == "/bench/\(tags[1])")
            let serialStart = try await Bench.page("/bench?code=5cg73", as: .technician, client, workshop)
            #expect(serialStart.headers[.location] == "/bench/\(tags[2])", "the start of a serial")
            let none = try await Bench.page("/bench?code=macbook", as: .technician, client, workshop)
            #expect(none.status == .notFound)
            #expect(none.html.contains("macbook"))

            let english = try await Bench.page("/bench?code=Lenovo&lang=en", as: .technician, client, workshop)
            #expect(english.text.contains("2 devices match “Lenovo”: pick yours."))
        }
    }

    @Test("smartctl's own words are translated on the page, and its text kept beside them")
    func smartctlWords() async throws {
        let workshop = try TestWorkshop()
        try await workshop.application.test(.router) { client in
            var object = try JSONSerialization.jsonObject(with: LaptopReport.json) as! [String: Any]
            var storage = object["storage"] as! [[String: Any]]
            let bridge = "Unknown USB bridge [0x152d:0x0578 (0x301)]"
            storage[0]["smart"] = [
                "verdict": "unknown", "messages": [bridge],
                "reasons": [["severity": "info", "key": "probe.smart.noData", "arguments": [bridge], "text": "no health data (\(bridge))"]],
            ] as [String: Any]
            object["storage"] = storage
            let tag = try await Bench.deviceWithReport(client, workshop, report: DeviceLifeRouteTests.json(object))
            let page = try await Bench.page("/bench/\(tag)", as: .technician, client, workshop)
            #expect(page.text.contains("aucune donnée de santé (boîtier USB inconnu : il ne transmet pas la santé du disque)"))
            #expect(page.text.contains(#"(smartctl : <span lang="en">\#(bridge)</span>)"#))
            let english = try await Bench.page("/bench/\(tag)?lang=en", as: .technician, client, workshop)
            #expect(english.text.contains("no health data (unknown USB enclosure: it does not pass the drive's health on)"))
        }
    }

    /// The moves section's part for one stage: a form (possible) or a checklist (not possible), up to its refusal line.
    static func block(of stage: String, in html: String) -> String? {
        guard let moves = html.range(of: #"id="moves""#),
              let start = html.range(of: #"data-stage="\#(stage)""#, range: moves.upperBound..<html.endIndex),
              let end = html.range(of: #"id="move-\#(stage)-refusal""#, range: start.upperBound..<html.endIndex) else { return nil }
        return String(html[start.lowerBound..<end.lowerBound])
    }
}
