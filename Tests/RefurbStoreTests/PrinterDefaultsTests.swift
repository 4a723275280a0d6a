import Foundation
import GRDB
import RefurbCore
@testable import RefurbStore
import Testing

@Suite("Printers: the default one, their language and label, and each device's label prints")
struct PrinterDefaultsTests {
    let actor = TemporaryDatabase.actor

    @Test("the first printer is the default; another made default takes its place; removing the default passes it to the oldest left")
    func oneDefault() throws {
        let world = try TemporaryDatabase()
        let store = world.database
        #expect(try store.defaultPrinter() == nil)
        try store.savePrinter(PrinterSetting(name: "accueil", uri: "usb://auto"), actor: actor, at: Date(timeIntervalSince1970: 100))
        #expect(try store.defaultPrinter()?.name == "accueil")
        try store.savePrinter(PrinterSetting(name: "boutique", uri: "tcp://192.0.2.10:9100", format: "zpl"), actor: actor, at: Date(timeIntervalSince1970: 200))
        try store.savePrinter(PrinterSetting(name: "atelier", uri: "tcp://192.0.2.11:9100", format: "brother:QL-820NWB",
                                             template: "asset-tag-29", isDefault: true), actor: actor, at: Date(timeIntervalSince1970: 300))
        #expect(try store.printers().filter(\.isDefault).map(\.name) == ["atelier"])
        #expect(try store.printer(named: "atelier") == PrinterSetting(name: "atelier", uri: "tcp://192.0.2.11:9100",
                                                                       format: "brother:QL-820NWB", template: "asset-tag-29", isDefault: true))
        // Saved again without asking to be the default, the default stays the default.
        try store.savePrinter(PrinterSetting(name: "atelier", uri: "tcp://192.0.2.12:9100", format: "brother:QL-820NWB"), actor: actor, at: Date(timeIntervalSince1970: 400))
        #expect(try store.defaultPrinter()?.uri == "tcp://192.0.2.12:9100")
        try store.makeDefaultPrinter(named: "boutique", actor: actor, at: Date())
        #expect(try store.printers().filter(\.isDefault).map(\.name) == ["boutique"])
        try store.removePrinter(named: "boutique", actor: actor, at: Date())
        #expect(try store.defaultPrinter()?.name == "accueil", "the oldest printer left")
        #expect(throws: StoreError.self) { try store.makeDefaultPrinter(named: "boutique", actor: actor, at: Date()) }
        let actions = try store.administrationEvents().compactMap { event -> String? in
            if case .administered(let action, let subject) = event.change, action == "printer-default" { return subject }
            return nil
        }
        #expect(Set(actions) == ["atelier", "boutique"])
    }

    @Test("a workshop that had printers before defaults existed prints on its oldest printer")
    func migratedPrintersGetADefault() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("refurb-store-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("refurb.sqlite").path
        let queue = try DatabaseQueue(path: path)
        try AppDatabase.migrator.migrate(queue, upTo: "v8-workshop-identity")
        try queue.write { db in
            try db.execute(sql: "INSERT INTO printer (name, uri, createdAt) VALUES ('zebra', 'tcp://192.0.2.1', '2026-01-02 10:00:00.000')")
            try db.execute(sql: "INSERT INTO printer (name, uri, createdAt) VALUES ('brother', 'usb://auto', '2026-01-01 10:00:00.000')")
        }
        try queue.close()
        let store = try AppDatabase.open(path: path)
        #expect(try store.defaultPrinter()?.name == "brother")
        #expect(try store.printer(named: "zebra") == PrinterSetting(name: "zebra", uri: "tcp://192.0.2.1"))
    }

    @Test("a label print is kept beside the device, the last of each kind, without changing the device's version")
    func labelPrints() throws {
        let world = try TemporaryDatabase()
        let lot = try world.openLot()
        let first = try world.intake(lot: lot.code, serial: "PF1PRINT1")
        let second = try world.intake(lot: lot.code, serial: "PF1PRINT2")
        #expect(try world.database.labelPrints(of: first.assetTag).isEmpty)
        try world.database.recordLabelPrint(first.assetTag, kind: .assetTag, template: "asset-tag-62x29", printer: "accueil",
                                            actor: actor, at: Date(timeIntervalSince1970: 1_000))
        try world.database.recordLabelPrint(first.assetTag, kind: .assetTag, template: "asset-tag-29", printer: "atelier",
                                            actor: actor, at: Date(timeIntervalSince1970: 2_000))
        try world.database.recordLabelPrint(first.assetTag, kind: .price, template: "price-62x100", printer: "boutique",
                                            actor: actor, at: Date(timeIntervalSince1970: 3_000))
        let prints = try world.database.labelPrints(of: first.assetTag)
        #expect(prints.map(\.kind) == [.assetTag, .price])
        #expect(prints.first?.printer == "atelier")
        #expect(prints.first?.printedAt == Date(timeIntervalSince1970: 2_000))
        #expect(prints.first?.printedBy == "test")
        #expect(try world.database.device(tag: first.assetTag)?.version == first.version)
        let byTag = try world.database.assetTagPrints(of: [first.assetTag, second.assetTag])
        #expect(Array(byTag.keys) == [first.assetTag.text])
        let unknown = try #require(AssetTag(sequence: 12_345))
        #expect(throws: StoreError.self) {
            try world.database.recordLabelPrint(unknown, kind: .assetTag, template: "asset-tag-62x29", printer: "accueil", actor: actor, at: Date())
        }
    }
}
