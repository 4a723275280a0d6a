import Foundation
import GRDB
import RefurbCore
@testable import RefurbStore

/// A fresh database file in its own temporary folder, removed when the test ends.
final class TemporaryDatabase: Sendable {
    let folder: URL
    let path: String
    let database: AppDatabase

    static let actor = Actor(user: "test", station: "tests")

    init() throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("refurb-store-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        path = folder.appendingPathComponent("refurb.sqlite").path
        database = try AppDatabase.open(path: path)
    }

    deinit {
        try? FileManager.default.removeItem(at: folder)
    }

    func reopen() throws -> AppDatabase { try AppDatabase.open(path: path) }

    /// What someone holding the file can do with sqlite3: drop the append-only triggers of `tables`
    /// (`<table>_no_update`, `<table>_no_delete`), then rewrite rows with `sql`.
    func tamper(_ sql: String, droppingTriggersOf tables: [String]) throws {
        let queue = try DatabaseQueue(path: path)
        try queue.write { db in
            for table in tables {
                try db.execute(sql: "DROP TRIGGER IF EXISTS \(table)_no_update; DROP TRIGGER IF EXISTS \(table)_no_delete")
            }
            try db.execute(sql: sql)
        }
        try queue.close()
    }

    @discardableResult
    func openLot(donor: String = "Mairie de Rennes") throws -> Lot {
        try database.openLot(LotInput(donorName: donor, declaredCount: 10, weightKilograms: "48,5"),
                             receivedOn: "2026-11-28", actor: Self.actor, at: Date())
    }

    func intake(lot: LotCode, serial: String? = nil, category: String = "laptop") throws -> Device {
        try database.intake(IntakeInput(lot: lot.text, category: category, serial: serial, manufacturer: "Lenovo",
                                        model: "ThinkPad T480"), actor: Self.actor, at: Date())
    }
}
